## La caja fuerte: PIN, PIN de emergencia, borrar todo

vault-set-pin = Poner un PIN
vault-change-pin = Cambiar el PIN
vault-remove-pin = Quitar el PIN
vault-set-duress = Poner un PIN de emergencia
vault-duress-explain = Si alguien te obliga a abrir Waymark, escribe el PIN de emergencia. Waymark se abre vacío y borra lo que guardaste.
vault-wipe = Borrar todo
vault-wiped = Todo está borrado.
vault-not-wiped = No se borró nada.
vault-pin-set = Tu PIN está puesto.
vault-pin-changed = Tu PIN está cambiado.
vault-pin-removed = Tu PIN está quitado.
vault-duress-set = Tu PIN de emergencia está puesto.
vault-enter-duress-pin = Escribe el PIN de emergencia:

## Errores

vault-error-too-many-attempts = Demasiados intentos fallidos. Inténtalo de nuevo en { $seconds } segundos.
vault-error-device-key = El almacén de claves del teléfono dio una clave que no sirve.
vault-error-key-store = El almacén de claves del teléfono no está disponible ahora.
vault-error-data-dir = No se puede usar la carpeta de datos de Waymark. Debe ser una carpeta que Waymark pueda crear y modificar.
vault-error-no-pin = No hay ningún PIN.
vault-error-pin-already-set = Ya hay un PIN. Puedes cambiarlo.
vault-error-pin-format = Un PIN necesita de { $min } a { $max } caracteres.
vault-error-duress-same = El PIN de emergencia debe ser distinto de tu PIN.

## Key store, PIN checks, leave no trace

error-key-store = La clave de este dispositivo no abre tus datos guardados. Si usas una frase de contraseña, comprueba que sea la que elegiste.
vault-error-wrong-device-key = La clave de este dispositivo no abre tus datos guardados (se reemplazó o se perdió, o la frase de contraseña es otra). Tu PIN no se contó como incorrecto.
vault-error-common-pin = Ese PIN es demasiado fácil de adivinar. Evita un dígito repetido (0000), dígitos seguidos (1234, 9876) y pares repetidos (1212).
vault-enter-new-pin-again = Escribe otra vez el nuevo PIN:
vault-kept-until-close = Se guarda solo hasta que Waymark se cierre: «no dejar rastro» está activado, así que no se guarda nada.
vault-enter-duress-pin-again = Escribe otra vez el PIN de emergencia:

## Las pantallas del PIN en la aplicación

vault-pin-next = Siguiente
