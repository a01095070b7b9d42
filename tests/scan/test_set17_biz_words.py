"""Header words and header grammar blind set 17's Chinese business exports showed missing (issue
11), in this file's own wordings: the company a labour contract is signed with, a guardian's
numbered workplace, a form builder's required-field mark, a social-security computer number and
the SI abbreviation, a central-bank credit report and a collection bucket, a debtor's last
words, a repayment account, a pharmacogenomic panel, a caller's number, blood pressure as BP, a
call detail record named inside a longer header; a pension share deducted from pay and a
housing-fund account are no income and no login; a waybill's number makes a parcel table.

Controls: a contract's own number and type, a pension received, a game login, a bank card
named plainly, an order table without a waybill number."""

from __future__ import annotations

import pytest

from piplkit.discover.scan.hints import load_hints


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("劳动合同主体", "employer"),
        ("签约主体名称", "employer"),
        ("contracting_entity", "employer"),
        ("EmployingEntity", "employer"),
        ("家长单位", "employer"),
        ("监护人2-工作单位", "employer"),
        ("guardian_workunit", "employer"),
        ("工作单位（选填）", "employer"),
        ("联系电话(必填)", "cn_mobile"),
        ("Email (required)", "email"),
        ("社保电脑号码", "social_security_card"),
        ("SI_CARD_NUM", "social_security_card"),
        ("siCardNo", "social_security_card"),
        ("PBOC_REPORT", "credit_record"),
        ("人行征信结论", "credit_record"),
        ("逾期账龄", "credit_record"),
        ("dpd_bucket", "credit_record"),
        ("最后一次沟通内容", "communication_record"),
        ("lastReply", "communication_record"),
        ("cdr_last_week", "communication_record"),
        ("还款账号", "bank_card"),
        ("repayment_account", "bank_card"),
        ("PGx检测结论", "genetic_data"),
        ("pharmacogenomic_panel", "genetic_data"),
        ("caller_number", "cn_mobile"),
        ("来电号码", "cn_mobile"),
        ("BP", "body_measurement"),
    ],
)
def test_a_family_word_names_its_type(header: str, expected: str) -> None:
    assert load_hints().analyse(header).hint == expected


@pytest.mark.parametrize("header", ["合同编号", "合同类型", "合同到期日"])
def test_a_contract_field_names_no_employer(header: str) -> None:
    assert "employer" not in load_hints().analyse(header).types


@pytest.mark.parametrize(
    "header", ["pension_employee", "PENSION_EMPLOYER", "pensionContribution", "pension_corp"]
)
def test_a_pension_share_of_a_payroll_is_no_income(header: str) -> None:
    assert "income" not in load_hints().analyse(header).types


def test_a_pension_received_stays_income() -> None:
    assert load_hints().analyse("monthly_pension").hint == "income"


@pytest.mark.parametrize("header", ["hpf_acct_name", "gjj_account", "公积金账户名"])
def test_a_housing_fund_account_is_no_login(header: str) -> None:
    assert "account_name" not in load_hints().analyse(header).types


def test_a_game_account_stays_a_login() -> None:
    assert load_hints().analyse("game_account").hint == "account_name"


def test_a_plain_card_number_stays_a_bank_card() -> None:
    assert load_hints().analyse("card_no").hint == "bank_card"


def test_a_waybill_number_makes_a_parcel_table() -> None:
    hints = load_hints()
    assert hints.is_product_table(["运单编号", "收件人", "收件电话", "重量"])
    assert hints.is_product_table(["waybill_id", "receiver", "weight"])
    assert not hints.is_product_table(["订单编号", "收件人", "身高", "体重"])


@pytest.mark.parametrize("header", ["备注(必填)", "金额（选填）"])
def test_a_required_mark_makes_no_business_word_pi(header: str) -> None:
    assert not load_hints().analyse(header).types
