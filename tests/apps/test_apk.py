"""Real APKs written by the sample writer and read back by the real parser (androguard AXML)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from piplkit.discover.apps.apk import read_apk
from piplkit.discover.apps.archive import ApkLimits
from piplkit.discover.apps.errors import ApkError
from piplkit.discover.apps.permissions import classify
from piplkit.discover.apps.sdks import find_sdks
from piplkit.discover.samples.apk import SampleApk, write_apk
from piplkit.discover.samples.app_demo import DEMO_APK


def test_manifest_dex_and_libs_round_trip(tmp_path: Path) -> None:
    apk = write_apk(DEMO_APK, tmp_path / "demo.apk")
    facts = read_apk(apk)
    m = facts.manifest
    assert (m.package, m.version_name, m.target_sdk, m.app_label) == (
        "com.example.citymap", "2.3.0", 33, "CityMap")
    assert [p.name for p in m.permissions] == DEMO_APK.permissions
    assert "cn.jpush.android.service.PushService" in m.components["service"]
    assert m.meta_data == ["JPUSH_APPKEY"]
    assert facts.dex_files == ["classes.dex", "classes2.dex"]
    assert facts.classes == 8
    assert facts.packages["com.amap.api.location"] == 1
    assert "libAMapSDK_MAP_v9_8_0.so" in facts.native_libs
    assert len(facts.sha256) == 64


def test_permissions_are_classified_by_aosp_level(tmp_path: Path) -> None:
    facts = read_apk(write_apk(DEMO_APK, tmp_path / "demo.apk"))
    levels = {p.short: p.protection for p in classify(facts.manifest)}
    assert levels["INTERNET"] == "normal"
    assert levels["READ_CONTACTS"] == "dangerous"
    groups = {p.short: p.group for p in classify(facts.manifest)}
    assert groups["ACCESS_FINE_LOCATION"] == "location"


def test_sdks_found_from_each_kind_of_signature(tmp_path: Path) -> None:
    spec = SampleApk(
        package="com.example.sig",
        components=[("service", "com.igexin.sdk.PushService")],  # getui, by component only
        meta_data={"UMENG_APPKEY": "k"},  # umeng analytics, by meta-data only
        dex=[["com.example.sig.Main", "com.tencent.bugly.crashreport.CrashReport"]],
        native_libs={"lib/armeabi-v7a/libBugly.so": 128},
    )
    found = {m.sdk.id: {e.kind for e in m.evidence}
             for m in find_sdks(read_apk(write_apk(spec, tmp_path / "s.apk")))}
    assert "package" in found["tencent_bugly"]
    assert found["getui_push"] == {"component"}
    assert found["umeng_analytics"] == {"meta_data"}


def test_a_package_prefix_matches_only_at_a_package_boundary(tmp_path: Path) -> None:
    spec = SampleApk(package="com.example.b",
                     dex=[["com.tencent.buglyfake.X", "com.umeng.analyticsx.Y"]])
    assert find_sdks(read_apk(write_apk(spec, tmp_path / "b.apk"))) == []


def test_an_app_without_sdks_or_permissions(tmp_path: Path) -> None:
    spec = SampleApk(package="com.example.plain", dex=[["com.example.plain.Main"]])
    facts = read_apk(write_apk(spec, tmp_path / "p.apk"))
    assert classify(facts.manifest) == []
    assert find_sdks(facts) == []


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (lambda p: p.write_bytes(b"not a zip at all"), "not"),
        (lambda p: p.write_bytes(b""), ""),
        (lambda p: _zip(p, {"classes.dex": b"dex\n035\0"}), "AndroidManifest.xml"),
        (lambda p: _zip(p, {"AndroidManifest.xml": b"\x03\x00\x08\x00garbage"}),
         "AndroidManifest.xml"),
        (lambda p: _zip(p, {"AndroidManifest.xml": b"<manifest/>"}), "AndroidManifest.xml"),
    ],
    ids=["text", "empty", "no-manifest", "bad-axml", "text-xml-manifest"],
)
def test_bad_input_is_one_clear_error_naming_the_file(tmp_path: Path, make, says) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "bad.apk"
    make(path)
    with pytest.raises(ApkError) as err:
        read_apk(path)
    message = str(err.value)
    assert "bad.apk" in message and "\n" not in message
    assert says in message


def test_a_dex_over_the_cap_is_refused(tmp_path: Path) -> None:
    spec = SampleApk(package="com.example.big", dex=[["com.example.big.Main"]])
    filler = {0: (f"s{i:06d}" for i in range(50_000))}
    apk = write_apk(spec, tmp_path / "big.apk", dex_filler=filler)
    with pytest.raises(ApkError, match=r"classes\.dex"):
        read_apk(apk, ApkLimits(max_dex_bytes=64 * 1024))


def _zip(path: Path, members: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)


def test_a_zip_bomb_manifest_stops_at_the_cap(tmp_path: Path) -> None:
    path = tmp_path / "bomb.apk"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("AndroidManifest.xml", b"\0" * (17 * 1024 * 1024))  # ~17 kB compressed
    with pytest.raises(ApkError, match="zip bomb") as err:
        read_apk(path)
    assert str(err.value).startswith("bomb.apk: AndroidManifest.xml")
