pluginManagement {
    repositories {
        google()
        mavenCentral()
        gradlePluginPortal()
    }
}

dependencyResolutionManagement {
    repositoriesMode.set(RepositoriesMode.FAIL_ON_PROJECT_REPOS)
    repositories {
        google()
        mavenCentral()
    }
}

rootProject.name = "waymark-android"

// waymark-android: the generated Kotlin bindings + JNA + libwaymark.so (bindings/build-android)
// shell-logic:     plain Kotlin/JVM, navigation and screen state (tested on the JVM)
// app:             the Compose app
include(":waymark-android", ":shell-logic", ":app")
