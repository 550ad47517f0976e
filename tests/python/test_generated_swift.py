"""The generated Swift must not crash the iOS app on a core call: every exported method
returns a Result, so UniFFI generates `try rustCallWithError` (a Rust panic becomes a thrown
`UniffiInternalError`) instead of `try! rustCall` (a panic there ends the app)."""
import os
import pathlib
import re

from conftest import ROOT

SWIFT = pathlib.Path(os.environ.get("WAYMARK_SWIFT_BINDINGS", ROOT / "target" / "bindings" / "swift"))

CORE_CALL = re.compile(r"\buniffi_waymark_fn_(?:method|constructor|func)_(\w+)\(")
WRAPPER = re.compile(r"\b(try!?)\s*rustCall(?:WithError)?\b")


def crashing_calls(swift: str) -> list[str]:
    """The core calls whose nearest wrapper is `try! rustCall`."""
    bad = []
    for call in CORE_CALL.finditer(swift):
        wrappers = list(WRAPPER.finditer(swift, 0, call.start()))
        if not wrappers or wrappers[-1].group(1) == "try!":
            bad.append(call.group(1))
    return bad


def core_calls(swift: str) -> list[str]:
    return [m.group(1) for m in CORE_CALL.finditer(swift)]


def test_the_checker_finds_a_crashing_call():
    sample = (
        "open func lock() {try! rustCall() {\n    uniffi_waymark_fn_method_waymark_lock(self.h, $0)\n}}\n"
        "open func unlock() throws {try rustCallWithError(FfiConverterTypeWaymarkError_lift) {\n"
        "    uniffi_waymark_fn_method_waymark_unlock(self.h, $0)\n}}\n"
    )
    assert crashing_calls(sample) == ["waymark_lock"]


def test_no_core_call_in_the_generated_swift_uses_try_bang():
    swift = (SWIFT / "Waymark.swift").read_text(encoding="utf-8")
    calls = core_calls(swift)
    # The whole exported surface is there (not a stale or empty file): the app core the
    # phones render, and the few facade calls the shells still make themselves.
    for name in (
        "app_new", "app_handle", "waymark_new", "waymark_locales", "waymark_set_locales",
        "waymark_message", "waymark_message_in", "filekeystore_get_or_create_key",
    ):
        assert name in calls, name
    # The vault, disguise and pack calls are reached through the app core only.
    for name in (
        "waymark_disguises", "waymark_vault_status", "waymark_unlock", "waymark_lock",
        "waymark_set_pin", "waymark_wipe", "waymark_install_content_pack",
        "waymark_content_packs", "waymark_remove_content_pack", "waymark_export_content_pack",
    ):
        assert name not in calls, name
    assert crashing_calls(swift) == []
