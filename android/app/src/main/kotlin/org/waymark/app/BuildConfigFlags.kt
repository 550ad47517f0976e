package org.waymark.app

import android.content.Context
import android.content.pm.ApplicationInfo

/** Developer mode (pseudo-locales en-XA and ar-XB for layout testing) in debuggable builds only. */
object BuildConfigFlags {
    fun developer(context: Context): Boolean =
        (context.applicationInfo.flags and ApplicationInfo.FLAG_DEBUGGABLE) != 0
}
