// Plain Kotlin/JVM: the runner of the app core (effects through Platform), the rendering map and key wrapping, with no Android
// classes, so it is tested on any JVM. The same sources are tested on the Linux CI by
// shell-logic/pom.xml (Maven) against the host library; this file builds them for the app.
import org.jetbrains.kotlin.gradle.dsl.JvmTarget

plugins {
    alias(libs.plugins.kotlin.jvm)
}

java {
    sourceCompatibility = JavaVersion.VERSION_17
    targetCompatibility = JavaVersion.VERSION_17
}

kotlin {
    compilerOptions { jvmTarget.set(JvmTarget.JVM_17) }
}

// The generated bindings live in waymark-android, an Android library that a JVM module
// cannot depend on. Compile them in a source set of their own: shell-logic compiles and is
// tested against them without shipping a second copy (the app gets them from waymark-android).
val bindings: SourceSet by sourceSets.creating
kotlin.sourceSets.named("bindings") {
    kotlin.srcDir("../waymark-android/src/main/kotlin")
}

dependencies {
    "bindingsImplementation"(libs.jna)
    compileOnly(bindings.output)
    compileOnly(libs.jna)

    testImplementation(bindings.output)
    testImplementation(libs.jna)
    testImplementation(platform(libs.junit.bom))
    testImplementation(libs.junit.jupiter)
    testRuntimeOnly(libs.junit.platform.launcher)
}

tasks.test {
    useJUnitPlatform()
    // The host build of the library: `bindings/generate target/bindings` from the repository root.
    systemProperty("jna.library.path", rootProject.file("../target/bindings/lib").path)
    systemProperty("waymark.root", rootProject.file("..").path)
}
