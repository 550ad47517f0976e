package org.waymark.shell

import org.waymark.core.HelpQuery
import org.waymark.core.MessageArg
import org.waymark.core.ServiceView
import org.waymark.core.WaymarkInterface

/**
 * The phone shells' state machine, the same on Android and (mirrored in Swift) on iOS:
 * a back stack of [Route]s, the chosen audience, the find-help form, and a [UiState] built
 * from the core's view records. Screens render [state] and send [Event]s to [onEvent]; the
 * platform carries out the returned [Effect]. No domain logic lives here: it only asks the
 * core, and shows the core's localized confirmations and errors.
 */
class Shell(
    private val core: WaymarkInterface,
    private val host: ShellHost,
    /** The platform's preferred language tags, most preferred first. */
    systemLocales: List<String>,
    private val sections: List<HomeSection> = HomeSections.all,
    onMissingMessage: (String) -> Unit = {},
) {
    private val texts = Texts(core, onMissingMessage)
    private val workshop = WorkshopFlow(core, texts)
    private val textScan = TextScanFlow(core, texts)
    private val stack = ArrayDeque<Route>()
    private var audience: Audience = Audience.Migrants
    private var help = HelpForm()
    private var feedback: Feedback? = null
    private var unlockError: String? = null
    private var confirmingWipe = false
    private var answers = mutableMapOf<String, String>()
    private var report: org.waymark.core.ScreenReportView? = null
    private val learn = Learn(core, texts)
    /** A call, text or link waiting for the person to read the warning ([Chrome.handoff]). */
    private var handoff: ContactAction? = null

    init {
        val saved = host.savedLanguage
        if (saved != null && core.locales().any { it.id == saved }) {
            core.setLocales(listOf(saved))
            stack.addLast(start())
        } else {
            // First run: preselect the phone's language and let the person confirm it.
            core.setLocales(systemLocales)
            stack.addLast(Route.LanguagePicker)
        }
        tellScreen()
    }

    val route: Route get() = stack.last()

    /** The launcher icon id the core's settings hold; null while locked, when they cannot be read. */
    fun disguiseIcon(): String? = discretion()?.disguise?.icon

    fun state(): UiState {
        val route = route
        val current = core.currentLocale()
        val chrome = Chrome(
            localeId = current.id,
            direction = current.direction,
            reviewNote = current.reviewNote,
            title = titleFor(route),
            backLabel = if (stack.size > 1) texts["menu-back"] else null,
            quickExitLabel = texts["menu-quick-exit"],
            quickExitDescription = texts["shell-quick-exit-description"],
            readAloudLabel = texts["shell-read-aloud"],
            stopReadingLabel = texts["shell-stop-reading"],
            secure = route.sensitive,
            checkingLabel = texts["shell-checking"],
            handoff = handoff?.let {
                Handoff(
                    warning = when (it.kind) {
                        "call" -> texts["shell-handoff-call"]
                        "text" -> texts["shell-handoff-text"]
                        else -> texts["shell-handoff-open"]
                    },
                    continueLabel = texts["shell-handoff-continue"],
                    copyInsteadLabel = texts["shell-handoff-copy"],
                    cancelLabel = texts["shell-cancel"],
                )
            },
        )
        return UiState(route, chrome, screenFor(route, current.id))
    }

    fun onEvent(event: Event): Effect {
        val before = route
        val effect = handle(event)
        if (route != before) {
            feedback = null
            confirmingWipe = false
            handoff = null
            // A check's answers live only while its screen is open.
            if (before is Route.Check) forgetCheck()
            learn.moved(stack)
            if (before == TextScanRoute) textScan.forget()
            workshop.routeChanged(before, route)
        }
        // The core knows which screen is up (an id), so its quick exit can forget it.
        if (effect != Effect.Exit) tellScreen()
        return effect
    }

    private fun handle(event: Event): Effect = when (event) {
        is Event.PickLanguage -> {
            core.setLocales(listOf(event.id))
            // Leave no trace: not even the language choice is written.
            if (!leaveNoTrace()) host.savedLanguage = core.currentLocale().id
            if (stack.size > 1) stack.removeLast() else stack[0] = start()
            Effect.None
        }
        is Event.Open -> {
            if (route != event.route) stack.addLast(event.route)
            Effect.None
        }
        is Event.SelectAudience -> {
            audience = Audience.entries.firstOrNull { it.id == event.id } ?: audience
            Effect.None
        }
        Event.Back -> if (stack.size > 1) {
            stack.removeLast()
            Effect.None
        } else {
            Effect.Leave
        }
        Event.QuickExit -> {
            // Forget where the person was, in the shell and in the core (which also locks the
            // vault), so reopening shows nothing of it. The platform has already hidden the
            // app (ShellRunner performs the exit first); nothing here can stop it.
            quietly { core.quickExit() }
            forget()
            stack.clear()
            stack.addLast(if (host.savedLanguage != null) start() else Route.LanguagePicker)
            Effect.Exit
        }
        Event.Backgrounded -> {
            lockNow()
            Effect.None
        }
        Event.Resumed -> {
            // An unlock screen shown because the vault could not be read (the phone was
            // locked) or a lost key: ask again now the phone is open.
            if (route == Route.Unlock || route == Route.StartAgain) {
                val next = start()
                if (next != route) {
                    stack.clear()
                    stack.addLast(next)
                }
            }
            Effect.None
        }
        Event.StartAgain -> {
            try {
                core.wipe()
                quietly { core.quickExit() }
                forget()
                stack.clear()
                stack.addLast(start())
            } catch (e: Exception) {
                feedback = Feedback(texts.error(e), error = true)
            }
            Effect.None
        }

        is Event.Unlock -> {
            try {
                core.unlock(event.pin)
                unlockError = null
                stack.clear()
                stack.addLast(Route.Home)
                // Restores leave no trace after a restart. The launcher is not touched: after
                // an emergency PIN the settings are gone, and a launcher that switches back to
                // "Waymark" in front of the person forcing it open would give the app away.
                discretion()
                Effect.None
            } catch (e: Exception) {
                unlockError = texts.error(e)
                Effect.None
            }
        }
        Event.Lock -> {
            lockNow()
            Effect.None
        }
        is Event.SetPin -> withRepeat(event.pin, event.repeat) {
            core.setPin(event.pin)
            return@withRepeat "vault-pin-set"
        }
        is Event.ChangePin -> withRepeat(event.new, event.repeat) {
            core.changePin(event.old, event.new)
            return@withRepeat "vault-pin-changed"
        }
        is Event.RemovePin -> act {
            core.removePin(event.pin)
            return@act "vault-pin-removed"
        }
        is Event.SetDuressPin -> withRepeat(event.pin, event.repeat) {
            core.setDuressPin(event.pin)
            return@withRepeat "vault-duress-set"
        }

        is Event.ChooseDisguise -> {
            val before = discretion()?.disguise?.icon
            var effect: Effect = Effect.None
            act {
                val after = core.setDisguise(event.id)
                if (after.disguise.icon != before) effect = Effect.ApplyDisguise(after.disguise.icon)
                return@act "discretion-saved"
            }
            effect
        }
        is Event.SetLeaveNoTrace -> act {
            core.setLeaveNoTrace(event.on)
            return@act "discretion-saved"
        }
        is Event.SetNotificationsOff -> act {
            core.setNotificationsOff(event.off)
            return@act "discretion-saved"
        }
        Event.AskWipe -> {
            confirmingWipe = true
            Effect.None
        }
        Event.CancelWipe -> {
            confirmingWipe = false
            feedback = Feedback(texts["vault-not-wiped"], error = false)
            Effect.None
        }
        Event.ConfirmWipe -> wipe()

        is Event.Tick -> act {
            core.checklistSetDone(event.item, event.done)
            null
        }
        is Event.AddItem -> act {
            core.checklistAdd(event.stage, event.text)
            return@act "checklist-added"
        }
        is Event.SetNote -> act {
            core.checklistSetNote(event.item, event.note)
            return@act "checklist-saved"
        }
        is Event.RemoveItem -> act {
            core.checklistRemove(event.item)
            return@act "checklist-removed"
        }

        is Event.Answer -> {
            if (answers[event.question] == event.answer) answers.remove(event.question) else answers[event.question] = event.answer
            report = null
            Effect.None
        }
        Event.ShowReport -> {
            val kind = (route as? Route.Check)?.kind
            if (kind != null) {
                act {
                    report = core.screenAnswer(kind, answers.toMap(), help.country)
                    null
                }
            }
            Effect.None
        }
        is Event.HelpCountry -> {
            help = help.copy(country = event.id)
            Effect.None
        }
        is Event.HelpFrom -> {
            help = help.copy(from = event.id)
            Effect.None
        }
        is Event.ToggleNeed -> {
            help = help.copy(needs = help.needs.toggle(event.id))
            Effect.None
        }
        is Event.ToggleFilter -> {
            help = help.copy(filters = help.filters.toggle(event.id))
            Effect.None
        }
        is Event.DangerNow -> {
            help = help.copy(dangerNow = event.on)
            Effect.None
        }
        is Event.Contact -> {
            // The dialler, messages app or browser keeps its own history: say so first.
            if (event.action.uri != null) handoff = event.action
            Effect.None
        }
        Event.ConfirmHandoff -> {
            val uri = handoff?.uri
            handoff = null
            uri?.let { Effect.OpenUri(it) } ?: Effect.None
        }
        Event.CopyInstead -> handoff?.let { copy(it) } ?: Effect.None
        Event.CancelHandoff -> {
            handoff = null
            Effect.None
        }
        is Event.Copy -> copy(event.action)
        is LearnEvent -> learn.handle(event, stack)
        is WorkshopEvent -> workshop.handle(event, route).let { step ->
            step.open?.let {
                if (step.replace) stack.removeLast()
                stack.addLast(it)
            }
            step.effect
        }
        is TextScanEvent -> {
            textScan.handle(event)
            Effect.None
        }
    }

    /** The query the find-help screen sends: the form mapped onto the core's [HelpQuery]. */
    fun helpQuery(): HelpQuery = HelpQuery(
        country = help.country,
        from = help.from,
        needs = help.needs.toList(),
        noImmigrationReporting = HelpFilter.NoImmigrationReporting.id in help.filters,
        anonymous = HelpFilter.Anonymous.id in help.filters,
        noId = HelpFilter.NoId.id in help.filters,
        dangerNow = help.dangerNow,
    )

    private fun copy(action: ContactAction): Effect {
        handoff = null
        feedback = Feedback(texts["shell-copied"], error = false)
        return Effect.CopyText(action.display)
    }

    /**
     * Where a session starts once the language is known: the unlock screen if a PIN guards
     * the vault, or if the vault's status cannot be read (the key store refuses while the
     * phone is locked): never an open home screen over a vault the shell knows nothing
     * about. A key the key store has lost: the start-again screen.
     */
    private fun start(): Route {
        val status = try {
            core.vaultStatus()
        } catch (e: Exception) {
            null
        }
        return when {
            status == null -> if (host.vaultKeyLost()) Route.StartAgain else Route.Unlock
            status.locked -> Route.Unlock
            else -> {
                discretion()
                Route.Home
            }
        }
    }

    /**
     * Locks the core first, unconditionally (it never fails and needs no key), then asks
     * where to go: the unlock screen when a PIN guards the vault or when its status cannot
     * be read (the device key is refused while the phone is locked), the start-again screen
     * for a lost key. With no PIN there is nothing to unlock and the person keeps their place.
     */
    private fun lockNow() {
        quietly { core.lock() }
        val next = start()
        if (next == Route.Home) return
        forget()
        stack.clear()
        stack.addLast(next)
    }

    private fun tellScreen() = quietly { core.setCurrentScreen(route.id) }

    /** A core call whose failure changes nothing the person sees (lock, quick exit, screen ids). */
    private inline fun quietly(call: () -> Unit) {
        try {
            call()
        } catch (e: Exception) {
            // Nothing to show: the core's lock and quick exit forget in memory and cannot fail.
        }
    }

    /** Everything the shell holds about the person's session (never written anywhere). */
    private fun forgetCheck() {
        answers = mutableMapOf()
        report = null
    }

    private fun forget() {
        forgetCheck()
        workshop.forget()
        textScan.forget()
        audience = Audience.Migrants
        help = HelpForm()
        learn.forget()
        feedback = null
        unlockError = null
        confirmingWipe = false
    }

    /**
     * Delete everything. The launcher keeps its current look: the disguise changes only when
     * the person chooses one (a launcher that switches on its own draws attention).
     */
    private fun wipe(): Effect {
        return try {
            core.wipe()
            quietly { core.quickExit() }
            host.savedLanguage = null
            forget()
            stack.clear()
            stack.addLast(Route.LanguagePicker)
            Effect.None
        } catch (e: Exception) {
            confirmingWipe = false
            feedback = Feedback(texts.error(e), error = true)
            Effect.None
        }
    }

    /** The discretion settings (the first call after start restores leave no trace); null while locked. */
    private fun discretion() = try {
        core.discretionSettings()
    } catch (e: Exception) {
        null
    }

    private fun leaveNoTrace(): Boolean = discretion()?.leaveNoTrace == true

    /** The core's localized message for a failed call. */

    /** Runs a core call; shows its confirmation message id (if any) or the core's localized error. */
    private fun act(call: () -> String?): Effect {
        feedback = try {
            call()?.let { Feedback(texts[it], error = false) }
        } catch (e: Exception) {
            Feedback(texts.error(e), error = true)
        }
        return Effect.None
    }

    /** A new PIN is typed twice; the two must match before the core sees it. */
    private fun withRepeat(pin: String, repeat: String, call: () -> String?): Effect =
        if (pin != repeat) {
            feedback = Feedback(texts["shell-pin-mismatch"], error = true)
            Effect.None
        } else {
            act(call)
        }

    private fun titleFor(route: Route): String = when (route) {
        Route.LanguagePicker -> texts["menu-choose-language"]
        Route.Unlock -> texts["app-name"]
        Route.StartAgain -> texts["shell-start-again-title"]
        Route.Home -> texts["app-name"]
        Route.Settings -> texts["shell-settings"]
        Route.Checklist -> texts["checklist-title"]
        Route.FindHelp -> texts["directory-title"]
        is Route.Check -> if (route.kind == "job_offer") texts["screening-title-job-offer"] else texts["screening-title-my-situation"]
        is LearnRoute -> learn.title(route)
        is WorkshopRoute -> workshop.title(route)
        TextScanRoute -> texts["shell-scan-title"]
    }

    /** One case per route: the view record(s) from the core, mapped to what the screen shows. */
    internal fun screenFor(route: Route, localeId: String): Screen = when (route) {
        Route.LanguagePicker -> Screen.LanguagePicker(
            languages = core.locales().map {
                Choice(it.id, it.nativeName, selected = it.id == localeId, direction = it.direction, localeId = it.id)
            },
            selectedLabel = texts["shell-selected"],
        )
        Route.Unlock -> Screen.Unlock(
            hint = texts["shell-unlock-hint"],
            pinLabel = texts["shell-pin"],
            unlockLabel = texts["shell-unlock"],
            error = unlockError,
            findHelp = Entry("find_help", texts["directory-menu"], Route.FindHelp),
        )
        Route.StartAgain -> Screen.StartAgain(
            message = texts["shell-start-again"],
            startAgainLabel = texts["shell-start-again-yes"],
            findHelp = Entry("find_help", texts["directory-menu"], Route.FindHelp),
        )
        Route.Home -> Screen.Home(
            tagline = texts["app-tagline"],
            offlineNote = texts["app-offline-note"],
            audienceTitle = texts["shell-audience-title"],
            audiences = Audience.entries.map { Choice(it.id, texts[it.labelMessage], selected = it == audience) },
            entries = sections.flatMap { it.entries(core, texts, audience) },
        )
        Route.Settings -> settingsScreen(localeId)
        Route.Checklist -> checklistScreen()
        Route.FindHelp -> findHelpScreen()
        is Route.Check -> checkScreen(route.kind)
        is LearnRoute -> learn.screen(route)
        is WorkshopRoute -> workshop.screen(route)
        TextScanRoute -> textScan.screen()
    }

    private fun checkScreen(kind: String): Screen.Check {
        var error: Feedback? = null
        val questions = try {
            core.screenQuestions(kind).questions
        } catch (e: Exception) {
            error = Feedback(texts.error(e), error = true)
            emptyList()
        }
        val countries = try {
            core.helpChoices().countries
        } catch (e: Exception) {
            emptyList()
        }
        val answerLabels = listOf("yes" to texts["screening-answer-yes"], "no" to texts["screening-answer-no"], "unsure" to texts["screening-answer-unsure"])
        return Screen.Check(
            kind = kind,
            privacyNote = texts["shell-check-privacy"],
            questions = questions.map { q ->
                CheckQuestion(q.id, q.text, q.help, answerLabels.map { (id, label) -> Choice(id, label, selected = answers[q.id] == id) })
            },
            countryTitle = texts["shell-help-country"],
            countries = countries.map { Choice(it.id, it.label, selected = it.id.equals(help.country, ignoreCase = true)) },
            selectedLabel = texts["shell-selected"],
            showReport = texts["screening-report-title"],
            report = report?.let { r ->
                CheckReport(
                    title = texts["screening-report-title"],
                    risk = r.risk,
                    headline = r.headline,
                    notAFinding = texts["screening-not-a-finding"],
                    signals = r.signals.map { CheckSignal(it.title, it.explanation, it.nextStep) },
                    findOutTitle = texts["screening-find-out-title"],
                    findOut = r.findOut.map { it.text },
                    helpTitle = texts["screening-help-title"],
                    help = r.help.map { h ->
                        ContactAction(if (h.uri?.startsWith("tel:") == true) "call" else "open", h.name, h.contact, h.uri)
                    },
                )
            },
            copyLabel = texts["shell-copy"],
            feedback = error ?: feedback,
        )
    }

    private fun settingsScreen(localeId: String): Screen.Settings {
        val language = core.locales().firstOrNull { it.id == localeId }
        val status = try {
            core.vaultStatus()
        } catch (e: Exception) {
            null
        }
        val hasPin = status?.hasPin == true
        val settings = discretion()
        return Screen.Settings(
            languageTitle = texts["shell-settings-language"],
            currentLanguage = language?.nativeName ?: localeId,
            changeLanguage = Entry("language", texts["menu-language"], Route.LanguagePicker),
            pin = PinSection(
                title = texts["shell-pin"],
                status = if (hasPin) texts["shell-pin-on"] else texts["vault-error-no-pin"],
                hasPin = hasPin,
                pinLabel = texts["shell-pin"],
                currentPinLabel = texts["shell-pin-current"],
                newPinLabel = texts["shell-pin-new"],
                repeatPinLabel = texts["shell-pin-repeat"],
                setPin = texts["vault-set-pin"],
                changePin = texts["vault-change-pin"],
                removePin = texts["vault-remove-pin"],
                lockNow = texts["shell-lock-now"],
                duressTitle = texts["vault-set-duress"],
                duressExplain = texts["vault-duress-explain"],
                setDuress = if (hasPin) texts["vault-set-duress"] else null,
                duressNeedsPin = texts["shell-duress-needs-pin"],
                duressStatus = if (status?.hasDuressPin == true) texts["vault-duress-set"] else null,
            ),
            privacyTitle = texts["discretion-title"],
            leaveNoTrace = OnOff(texts["shell-leave-no-trace"], texts["discretion-leave-no-trace-help"], settings?.leaveNoTrace == true),
            notificationsOff = OnOff(texts["shell-notifications-off"], texts["shell-notifications-off-help"], settings?.notificationsOff == true),
            disguiseTitle = texts["shell-disguise-title"],
            disguiseHint = texts["shell-disguise-hint"],
            disguises = core.disguises().map { Choice(it.id, it.name, selected = it.id == settings?.disguise?.id) },
            wipe = WipeSection(
                label = texts["vault-wipe"],
                confirm = if (confirmingWipe) {
                    WipeConfirm(texts["shell-wipe-question"], texts["shell-wipe-yes"], texts["shell-cancel"])
                } else {
                    null
                },
            ),
            aboutTitle = texts["shell-settings-about"],
            offlineNote = texts["app-offline-note"],
            contentVersion = texts.format(
                "shell-content-version",
                listOf(MessageArg.Text("version", core.contentVersion())),
            ),
            selectedLabel = texts["shell-selected"],
            feedback = feedback,
        )
    }

    private fun checklistScreen(): Screen.Checklist {
        var error: Feedback? = null
        val view = try {
            core.checklist()
        } catch (e: Exception) {
            error = Feedback(texts.error(e), error = true)
            null
        }
        return Screen.Checklist(
            stages = view?.stages.orEmpty().map { stage ->
                ChecklistStage(
                    stage.id,
                    stage.title,
                    stage.items.map { ChecklistItem(it.id, it.title, it.done, it.custom, it.note) },
                )
            },
            doneLabel = texts["checklist-done"],
            notDoneLabel = texts["checklist-not-done"],
            addLabel = texts["checklist-menu-add"],
            addHint = texts["shell-checklist-add-hint"],
            noteLabel = texts["shell-note"],
            noteHint = texts["shell-note-hint"],
            saveLabel = texts["shell-save"],
            removeLabel = texts["shell-remove"],
            damaged = view?.damaged?.takeIf { it > 0u }?.let { texts["shell-checklist-damaged"] },
            feedback = error ?: feedback,
        )
    }

    private fun findHelpScreen(): Screen.FindHelp {
        var error: Feedback? = null
        val choices = try {
            core.helpChoices()
        } catch (e: Exception) {
            error = Feedback(texts.error(e), error = true)
            null
        }
        val answer = try {
            core.findHelp(helpQuery())
        } catch (e: Exception) {
            error = Feedback(texts.error(e), error = true)
            null
        }
        return Screen.FindHelp(
            countryTitle = texts["shell-help-country"],
            countries = choices?.countries.orEmpty().map { Choice(it.id, it.label, selected = it.id.equals(help.country, ignoreCase = true)) },
            dangerQuestion = texts["directory-ask-danger"],
            danger = OnOff(texts["shell-help-danger-now"], if (help.dangerNow) texts["directory-danger-note"] else null, help.dangerNow),
            needsTitle = texts["directory-filter-need"],
            needs = choices?.kinds.orEmpty().map { Choice(it.id, it.label, selected = it.id in help.needs) },
            filters = HelpFilter.entries.map { Choice(it.id, texts[it.labelMessage], selected = it.id in help.filters) },
            fromTitle = texts["directory-ask-from"],
            fromCountries = choices?.countries.orEmpty().map { Choice(it.id, it.label, selected = it.id == answer?.from) },
            notesTitle = texts["directory-notes-heading"],
            notes = answer?.notes.orEmpty().map { it.text } +
                answer?.emergency.orEmpty().mapNotNull { e -> e.warning?.let { warning(it) } },
            emergencyTitle = texts["directory-emergency-heading"],
            emergency = answer?.emergency.orEmpty().map {
                ContactAction("call", "${texts["directory-call"]}: ${it.label}", it.number, it.uri)
            },
            emergencyChecked = answer?.emergency.orEmpty().map { e ->
                listOfNotNull(
                    texts.format("directory-last-verified", listOf(MessageArg.Text("date", e.lastVerified))),
                    if (e.outOfDate) texts["directory-out-of-date"] else null,
                    if (e.status == "verified") null else texts["directory-status-unconfirmed"],
                ).joinToString(" ")
            },
            servicesTitle = texts["directory-services-heading"],
            services = answer?.services.orEmpty().map(::helpService),
            noServices = if (answer != null && answer.country != null &&
                answer.services.isEmpty() && answer.notConfirmed.isEmpty() && answer.otherServices.isEmpty()
            ) texts["directory-no-services"] else null,
            notConfirmedTitle = texts["directory-not-confirmed-heading"],
            notConfirmed = answer?.notConfirmed.orEmpty().map(::helpService),
            otherTitle = texts["directory-other-heading"],
            otherServices = answer?.otherServices.orEmpty().map(::helpService),
            fromHomeTitle = answer?.fromTitle,
            fromHome = answer?.fromHome.orEmpty().map(::helpService),
            fromHomeNone = if (answer?.fromTitle != null && answer.fromHome.isEmpty()) {
                texts.format("directory-from-none", listOf(MessageArg.Text("country", answer.fromName ?: "")))
            } else null,
            fallbacksTitle = texts["directory-fallbacks-heading"],
            fallbacks = answer?.fallbacks.orEmpty().map(::helpService),
            selectedLabel = texts["shell-selected"],
            copyLabel = texts["shell-copy"],
            feedback = error ?: feedback,
        )
    }

    private fun warning(text: String) = texts.format("directory-warning", listOf(MessageArg.Text("text", text)))

    private fun helpService(s: ServiceView): HelpService {
        fun answer(value: String) = texts["directory-answer-" + value.replace('_', '-')]
        return HelpService(
            id = s.id,
            name = s.name,
            description = s.description,
            hours = s.hours,
            warning = s.warning?.let(::warning),
            lastVerified = texts.format("directory-last-verified", listOf(MessageArg.Text("date", s.lastVerified))),
            outOfDate = if (s.outOfDate) texts["directory-out-of-date"] else null,
            source = "${s.confidenceText}: ${s.source}",
            statusWarning = if (s.status == "verified") null else texts["directory-status-unconfirmed"],
            police = texts.format("directory-safety-police", listOf(MessageArg.Text("answer", answer(s.safety.reportsToPolice)))),
            immigration = texts.format("directory-safety-immigration", listOf(MessageArg.Text("answer", answer(s.safety.reportsToImmigration)))),
            reportsWarning = s.safety.reportsToPolice == "yes" || s.safety.reportsToImmigration == "yes",
            why = s.why.takeIf { it.isNotEmpty() }?.let {
                texts.format("directory-matched", listOf(MessageArg.Text("reasons", it.joinToString(", "))))
            },
            actions = s.channels.map { c ->
                val kind = when (c.kind) {
                    "phone" -> "call"
                    "sms" -> "text"
                    else -> "open"
                }
                val label = when (kind) {
                    "call" -> texts["directory-call"]
                    "text" -> texts["directory-text"]
                    else -> texts["directory-open"]
                }
                ContactAction(kind, "$label: ${texts["directory-channel-" + c.kind]}", c.display, c.uri)
            },
        )
    }
}

/** The find-help form, in memory only (what someone looks for is never written). */
private data class HelpForm(
    val country: String? = null,
    val from: String? = null,
    val needs: Set<String> = emptySet(),
    val filters: Set<String> = emptySet(),
    val dangerNow: Boolean = false,
)

private fun Set<String>.toggle(id: String): Set<String> = if (id in this) this - id else this + id
