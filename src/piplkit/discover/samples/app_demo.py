"""The demo app and its privacy policy: what ``piplkit app sample`` writes and docs/apps.md checks.

A map-and-navigation app, a type whose necessary PI is narrow (location, start and destination),
so the check has something to say about contacts and phone identifiers. Its SDKs are a push
service, a crash reporter, a map SDK and a foreign analytics SDK; its policy names three of the
four and omits retention and cross-border transfer, so the report shows policy-element and
undisclosed-SDK findings.
"""

from __future__ import annotations

from pathlib import Path

from piplkit.discover.samples.apk import SampleApk, write_apk

DEMO_APK = SampleApk(
    package="com.example.citymap",
    version_name="2.3.0",
    version_code=230,
    target_sdk=33,
    label="CityMap",
    permissions=[
        "android.permission.INTERNET",
        "android.permission.ACCESS_FINE_LOCATION",
        "android.permission.ACCESS_COARSE_LOCATION",
        "android.permission.READ_CONTACTS",
        "android.permission.READ_PHONE_STATE",
        "android.permission.CAMERA",
    ],
    components=[
        ("activity", "com.example.citymap.MainActivity"),
        ("service", "cn.jpush.android.service.PushService"),
    ],
    meta_data={"JPUSH_APPKEY": "demo"},
    dex=[
        ["com.example.citymap.MainActivity", "com.example.citymap.RouteView",
         "cn.jpush.android.api.JPushInterface", "cn.jiguang.api.JCoreManager",
         "com.amap.api.location.AMapLocationClient", "com.amap.api.maps.MapView"],
        ["com.tencent.bugly.crashreport.CrashReport",
         "com.google.firebase.analytics.FirebaseAnalytics"],
    ],
    native_libs={"lib/arm64-v8a/libAMapSDK_MAP_v9_8_0.so": 4096},
)

DEMO_POLICY_ZH = """\
<html><head><meta charset="utf-8"><title>CityMap 隐私政策</title></head><body>
<h1>CityMap 隐私政策</h1>
<p>更新日期：2026年1月1日。本政策由示例城市地图科技有限公司（以下简称“我们”）制定，
联系方式：privacy@example.com，地址：北京市海淀区示例路1号。</p>
<h2>一、我们收集的个人信息</h2>
<p>为提供导航服务，我们收集您的精确位置信息（目的：路线规划；方式：经您授权后通过定位权限获取）。
相机权限用于扫描二维码。我们不会收集与服务无关的个人信息。</p>
<h2>二、第三方共享清单</h2>
<table><tr><th>SDK名称</th><th>第三方</th><th>个人信息</th><th>目的</th></tr>
<tr><td>极光推送 SDK</td><td>深圳市和讯华谷信息技术有限公司</td>
<td>设备标识符</td><td>消息推送</td></tr>
<tr><td>高德定位 SDK</td><td>高德软件有限公司</td><td>位置信息</td><td>定位</td></tr>
<tr><td>Bugly</td><td>深圳市腾讯计算机系统有限公司</td><td>设备信息</td><td>崩溃分析</td></tr>
</table>
<h2>三、您的权利</h2>
<p>您可以查阅、复制、更正、删除您的个人信息，撤回同意，注销账号；请通过 privacy@example.com
联系我们，我们将在15个工作日内答复。</p>
</body></html>
"""


def write_demo(directory: Path) -> tuple[Path, Path]:
    """Write ``citymap.apk`` and ``citymap-policy.html`` into ``directory``."""
    directory.mkdir(parents=True, exist_ok=True)
    apk = write_apk(DEMO_APK, directory / "citymap.apk")
    policy = directory / "citymap-policy.html"
    policy.write_text(DEMO_POLICY_ZH, encoding="utf-8")
    return apk, policy
