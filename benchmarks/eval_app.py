"""Precision and recall of the app check on labelled cases: SDK detection and policy elements.

Six generated APKs, each with a known SDK set (found through different signatures: dex
packages, manifest components, meta-data keys, native libraries, assets) and decoys an
over-eager matcher would report (the app's own wrapper packages named after an SDK, package
names that share a prefix but not a package boundary). Four privacy policies (two zh, two en),
written for this evaluation, each labelled by hand with the elements it states; some omit
retention, cross-border transfer, complaints or the rights section.

The labels were written from the texts, not from the checker's patterns. A policy element is
"flagged" when the checker reports it missing; precision/recall are of those flags (a flag is
right when the element is truly absent).

    python benchmarks/eval_app.py
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from piplkit.discover.apps.check import check_app
from piplkit.discover.samples.apk import SampleApk, write_apk


@dataclass
class ApkCase:
    spec: SampleApk
    sdks: set[str]


def _case(package: str, sdks: set[str], *, classes: list[str] = (),  # type: ignore[assignment]
          components: list[tuple[str, str]] = (),  # type: ignore[assignment]
          meta: tuple[str, ...] = (), libs: tuple[str, ...] = (),
          assets: tuple[str, ...] = (), permissions: tuple[str, ...] = ()) -> ApkCase:
    own = [f"{package}.MainActivity", f"{package}.ui.HomeFragment"]
    return ApkCase(SampleApk(
        package=package, permissions=[f"android.permission.{p}" for p in permissions],
        components=list(components), meta_data={k: "x" for k in meta},
        dex=[own + list(classes)], native_libs={f"lib/arm64-v8a/{n}": 256 for n in libs},
        assets={a: b"{}" for a in assets},
    ), sdks)


APKS = [
    _case("com.example.shop", {"alipay", "wechat_opensdk", "umeng_analytics", "getui_push"},
          classes=["com.alipay.sdk.app.PayTask", "com.example.shop.alipay.PayHelper",
                   "com.example.shop.wxapi.Util"],
          components=[("activity", "com.example.shop.wxapi.WXEntryActivity"),
                      ("service", "com.igexin.sdk.PushService")],
          meta=("UMENG_APPKEY",), permissions=("INTERNET", "READ_PHONE_STATE")),
    _case("com.example.video", {"pangle", "gdt_union", "kuaishou_ad", "tencent_x5", "msa_oaid"},
          classes=["com.bytedance.sdk.openadsdk.TTAdSdk", "com.qq.e.comm.managers.GDTAdSdk",
                   "com.kwad.sdk.api.KsAdSDK", "com.tencent.smtt.sdk.QbSdk",
                   "com.qq.email.Client"],  # not com.qq.e: a decoy
          assets=("assets/supplierconfig.json",),
          permissions=("INTERNET", "ACCESS_COARSE_LOCATION")),
    _case("com.example.ride", {"amap", "baidu_location", "tencent_bugly", "sentry",
                               "huawei_push", "xiaomi_push"},
          classes=["com.baidu.location.LocationClient", "io.sentry.Sentry"],
          components=[("service", "com.huawei.hms.push.HmsMsgService"),
                      ("service", "com.xiaomi.push.service.XMPushService")],
          libs=("libAMapSDK_NAVI_v9.so", "libBugly_Native.so"),
          permissions=("ACCESS_FINE_LOCATION", "CAMERA", "RECORD_AUDIO")),
    _case("com.example.chat", {"tencent_im", "agora_rtc", "rongcloud", "qiyu",
                               "firebase_crashlytics", "fcm"},
          classes=["com.tencent.imsdk.v2.V2TIMManager", "io.rong.imlib.RongIMClient",
                   "com.qiyukf.unicorn.api.Unicorn"],
          components=[("service", "com.google.firebase.messaging.FirebaseMessagingService")],
          meta=("firebase_crashlytics_collection_enabled",), libs=("libagora-rtc-sdk.so",),
          permissions=("READ_CONTACTS", "RECORD_AUDIO", "CAMERA")),
    _case("com.example.loan", {"tongdun", "shumei", "megvii_faceid", "geetest", "unionpay",
                               "cmcc_onekey_login"},
          classes=["cn.tongdun.android.shell.FMAgent", "com.ishumei.smantifraud.SmAntiFraud",
                   "com.geetest.sdk.GT3GeetestUtils"],
          components=[("activity", "com.unionpay.uppay.PayActivity"),
                      ("activity", "com.cmic.sso.sdk.activity.LoginAuthActivity")],
          libs=("libMegFaceLive.so",),
          permissions=("READ_CONTACTS", "READ_CALL_LOG", "READ_SMS", "CAMERA")),
    _case("com.example.notes", set(),
          classes=["com.umeng.analyticsx.Fake", "io.sentryx.Tool", "com.tencent.buglyx.Z",
                   "com.example.notes.jpush.Names"],
          permissions=("INTERNET",)),
]


@dataclass
class PolicyCase:
    name: str
    text: str
    present: set[str]
    apk: int  # which APK (its SDKs decide which conditional elements apply)
    extra: dict[str, str] = field(default_factory=dict)


ZH_FULL = """<h1>ShopEasy 隐私政策</h1>
<p>本政策由示例商贸有限公司制定。联系我们：privacy@shop.example，电话 400-000-0000。</p>
<h2>一、我们如何收集和使用您的个人信息</h2>
<p>我们收集以下个人信息：手机号、收货地址、设备信息。上述信息用于完成下单和配送，
其中手机号由您主动提供，设备信息在您使用时自动收集。</p>
<h2>二、敏感个人信息</h2><p>支付信息属于敏感个人信息，处理它是完成支付所必要的，
拒绝提供将影响支付功能，但不影响浏览。</p>
<h2>三、存储</h2><p>您的个人信息保存期限为账号注销后 6 个月。</p>
<h2>四、第三方共享清单</h2><p>我们接入的第三方 SDK：支付宝 SDK、微信 OpenSDK、友盟统计、个推。</p>
<h2>五、您的权利</h2><p>您可以通过“我的-设置”查阅、复制、更正、删除您的信息，撤回同意或注销账号。</p>
<h2>六、未成年人</h2><p>不满十四周岁的儿童使用前应取得监护人同意。</p>
<h2>七、投诉</h2><p>您可向网信部门投诉、举报。</p>
<h2>八、本政策的更新</h2><p>本政策更新时我们将以弹窗通知您。</p>"""

ZH_THIN = """<h1>隐私说明</h1>
<p>欢迎使用本应用。我们重视您的隐私。</p>
<p>为了向您提供视频播放服务，我们会收集您的设备信息。</p>
<p>我们可能与合作伙伴共享信息以展示广告。</p>
<p>如有问题请发送邮件至 help@video.example。</p>"""

EN_FULL = """<h1>RideNow Privacy Policy</h1>
<p>RideNow is operated by Example Mobility Co., Ltd. Contact us: privacy@ride.example.</p>
<h2>What we collect and how</h2>
<p>We collect the following types of personal information: your phone number, precise location
and trip history. We use your location in order to match you with drivers; it is collected
automatically while a trip is active.</p>
<h2>Sensitive personal information</h2><p>Precise location is sensitive personal information;
it is necessary for dispatch, and refusing it has this impact: you cannot book a ride.</p>
<h2>Retention</h2><p>We retain trip records for three years.</p>
<h2>Third parties</h2><p>We share data with the third-party SDKs listed in our third-party SDK
list: Amap, Baidu location, Bugly, Sentry, Huawei and Xiaomi push.</p>
<h2>Transfers outside China</h2><p>Crash data is sent to Sentry in the United States (overseas
recipient: Functional Software, Inc., contact privacy@sentry.example).</p>
<h2>Your rights</h2><p>You can access, copy, correct or delete your data and withdraw consent;
here is how to do it: open Settings &gt; Privacy.</p>
<h2>Children</h2><p>Children under the age of 14 may not register.</p>
<h2>Complaints</h2><p>You may lodge a complaint with the Cyberspace Administration.</p>
<h2>Changes</h2><p>We will tell you when this policy changes.</p>"""

EN_PARTIAL = """<h1>ChatUp Privacy Notice</h1>
<p>ChatUp is provided by Example Talk Limited. E-mail: dpo@chat.example.</p>
<p>We use your contacts to help you find friends, and your microphone and camera for calls.</p>
<p>We collect your messages automatically to deliver them.</p>
<p>We share data with third parties that provide push notifications and customer service.</p>
<p>You can access, correct or delete your messages and withdraw consent in the app settings.</p>
<p>We may update this policy from time to time.</p>"""

POLICIES = [
    PolicyCase("zh_full", ZH_FULL, {"handler", "contact", "purposes", "methods", "categories",
                                    "retention", "rights", "sensitive", "third_parties",
                                    "minors", "complaints", "updates"}, apk=0),
    PolicyCase("zh_thin", ZH_THIN, {"contact", "purposes", "third_parties"}, apk=1),
    PolicyCase("en_full", EN_FULL, {"handler", "contact", "purposes", "methods", "categories",
                                    "retention", "rights", "sensitive", "third_parties",
                                    "cross_border", "minors", "complaints", "updates"}, apk=2),
    PolicyCase("en_partial", EN_PARTIAL, {"handler", "contact", "purposes", "methods",
                                          "third_parties", "rights", "updates"}, apk=3),
]


def _prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    return {"tp": tp, "fp": fp, "fn": fn,
            "precision": round(tp / (tp + fp), 3) if tp + fp else 1.0,
            "recall": round(tp / (tp + fn), 3) if tp + fn else 1.0}


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="piplkit-eval-app-") as tmp:
        paths = [write_apk(c.spec, Path(tmp) / f"{i}.apk") for i, c in enumerate(APKS)]
        tp = fp = fn = 0
        errors = []
        for case, path in zip(APKS, paths, strict=True):
            found = {m.sdk.id for m in check_app(path).sdks}
            tp += len(found & case.sdks)
            fp += len(found - case.sdks)
            fn += len(case.sdks - found)
            if found != case.sdks:
                errors.append({"apk": case.spec.package, "extra": sorted(found - case.sdks),
                               "missed": sorted(case.sdks - found)})
        print(json.dumps({"sdk_detection": _prf(tp, fp, fn), "apks": len(APKS),
                          "errors": errors}, ensure_ascii=False))
        tp = fp = fn = 0
        errors = []
        for p in POLICIES:
            policy = Path(tmp) / f"{p.name}.html"
            policy.write_text(f"<html><body>{p.text}</body></html>", encoding="utf-8")
            report = check_app(paths[p.apk], policy=policy)
            assert report.policy is not None
            for r in report.policy.elements:
                if not r.applies:
                    continue
                flagged, absent = not r.found, r.element.id not in p.present
                tp += flagged and absent
                fp += flagged and not absent
                fn += absent and not flagged
                if flagged != absent:
                    errors.append({"policy": p.name, "element": r.element.id,
                                   "checker": "missing" if flagged else "present",
                                   "label": "missing" if absent else "present"})
        print(json.dumps({"policy_missing_elements": _prf(tp, fp, fn), "policies": len(POLICIES),
                          "errors": errors}, ensure_ascii=False))


if __name__ == "__main__":
    main()
