package org.waymark.app

import android.app.Application
import androidx.lifecycle.AndroidViewModel
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.flow.asStateFlow
import org.waymark.shell.Effect
import org.waymark.shell.Event
import org.waymark.shell.Shell
import org.waymark.shell.UiState

/** Holds the [Shell] across configuration changes and publishes its state to Compose. */
class ShellViewModel(application: Application) : AndroidViewModel(application) {
    private val app = application as WaymarkApplication

    /** Null when the core could not start; [startError] then says why. */
    private val shell: Shell? = app.core.getOrNull()?.let { core ->
        Shell(core, AndroidShellHost(application), app.systemLocales())
    }

    val startError: String? = app.core.exceptionOrNull()?.message

    private val _state = MutableStateFlow(shell?.state())
    val state: StateFlow<UiState?> = _state.asStateFlow()

    fun send(event: Event): Effect {
        val shell = shell ?: return Effect.None
        val effect = shell.onEvent(event)
        _state.value = shell.state()
        return effect
    }
}
