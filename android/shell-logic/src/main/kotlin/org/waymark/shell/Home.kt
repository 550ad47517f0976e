package org.waymark.shell

import org.waymark.core.WaymarkInterface

/**
 * A group of home-screen entries for one audience. A feature plugs in with one section
 * that asks the core what it offers (e.g. `core.modules(audience.id)` → one entry per
 * module) and points each entry at its route. Only what the core offers today is listed.
 */
fun interface HomeSection {
    fun entries(core: WaymarkInterface, texts: Texts, audience: Audience): List<Entry>
}

object HomeSections {
    /** Find help, for everyone, first. */
    val help = HomeSection { _, texts, _ ->
        listOf(Entry("find_help", texts["directory-menu"], Route.FindHelp))
    }

    /** The safe-travel checklist, for people working or travelling abroad. */
    val checklist = HomeSection { _, texts, audience ->
        if (audience == Audience.Migrants) listOf(Entry("checklist", texts["menu-checklist"], Route.Checklist)) else emptyList()
    }

    /** The job-offer and situation checks, for people working or travelling abroad. */
    val screening = HomeSection { _, texts, audience ->
        if (audience == Audience.Migrants) {
            listOf(
                Entry("check_job_offer", texts["screening-kind-job-offer"], Route.Check("job_offer")),
                Entry("check_text", texts["screening-kind-text"], TextScanRoute),
                Entry("check_my_situation", texts["screening-kind-my-situation"], Route.Check("my_situation")),
            )
        } else {
            emptyList()
        }
    }

    /** Language and settings, for everyone. */
    val app = HomeSection { _, texts, _ ->
        listOf(
            Entry("language", texts["menu-language"], Route.LanguagePicker),
            Entry("settings", texts["shell-settings"], Route.Settings),
        )
    }

    /** In order on the home screen. Features add their section before [app]. */
    val all: List<HomeSection> = listOf(help, screening, checklist, learnSection, workshopSection, app)
}
