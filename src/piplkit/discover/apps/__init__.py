"""Mobile-app checks: read an APK, find its SDKs, map permissions and SDKs to PI, check the
privacy policy, and report against PIPL, the 2021 necessary-scope Provisions and MIIT's rules.

Imports only ``law/``, ``detect/`` and ``documents/`` from the core (never storage or faces).
"""
