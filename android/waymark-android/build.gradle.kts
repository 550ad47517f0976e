import org.jetbrains.kotlin.gradle.dsl.JvmTarget

// The Waymark core for Android: what bindings/build-android produces, packaged as a library.
//   src/main/kotlin/org/waymark/core/waymark.kt   the generated UniFFI bindings (package org.waymark.core)
//   src/main/jniLibs/<abi>/libwaymark.so           arm64-v8a, armeabi-v7a, x86_64
// Both are build outputs (git-ignored): run bindings/build-android before building.
plugins {
    alias(libs.plugins.android.library)
    alias(libs.plugins.kotlin.android)
}

android {
    namespace = "org.waymark.core"
    compileSdk = 35

    defaultConfig {
        minSdk = 24
        // Apps that depend on this module keep JNA and the generated classes through R8.
        consumerProguardFiles("consumer-rules.pro")
    }

    sourceSets {
        getByName("main") {
            kotlin.srcDirs("src/main/kotlin")
            jniLibs.srcDirs("src/main/jniLibs")
        }
    }

    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }
}

kotlin {
    compilerOptions { jvmTarget.set(JvmTarget.JVM_17) }
}

dependencies {
    // JNA as an Android archive: it carries libjnidispatch.so for every ABI.
    api(variantOf(libs.jna) { artifactType("aar") })
}
