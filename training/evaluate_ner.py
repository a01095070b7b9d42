"""Measure the person-name and address recognizers: dev split, generated check, throughput.

* Dev split: the deterministic ~10 % of CLUENER ``train.jsonl`` held out by ``train_ner.py``
  (never trained on), scored span-exact against the ``name`` / ``address`` labels, both at the
  detector's default threshold and with every candidate kept (``min_score=0``).
* Generated check: Faker zh_CN names and addresses placed in hand-written carrier sentences,
  plus hard-negative sentences that contain no person name or address.
* Throughput: KB of Chinese text (UTF-8) per CPU second through both recognizers, once as
  sentences and once as 4,000-character pages.

Only counts and rates are printed, never the text of a name or an address.

Usage: ``python training/evaluate_ner.py [--data PATH] [--seed N] [--per-template N]``
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from faker import Faker

from piplkit.detect.engine import DEFAULT_MIN_SCORE, resolve_overlaps
from piplkit.detect.model import Finding
from piplkit.detect.recognizer import AnalysisContext, Recognizer
from piplkit.detect.recognizers.address import AddressRecognizer
from piplkit.detect.recognizers.person_name import PersonNameRecognizer

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_ner import DEFAULT_DATA, is_dev, load, prf

TYPES = {"person_name": "NAME", "address": "ADDR"}

# Carrier sentences: {n}/{n2} take a Faker name, {a} a Faker address. Written for this check.
CARRIERS = (
    "联系人：{n}，电话见附件，收货地址为{a}。",
    "{n}先生您好，您的包裹已寄往{a}，请注意查收。",
    "本人{n}，现居住于{a}，特此证明。",
    "申请人{n}的户籍地址是{a}。",
    "快递员说{a}这个地址找不到，{n}只好自己去取件。",
    "昨天下午{n}在会上介绍了新项目的进展。",
    "{n}和{n2}是大学同学，毕业后一起创业。",
    "请将合同原件邮寄至{a}，收件人{n}。",
    "员工{n}于上周提交了离职申请。",
    "据{n}介绍，这套房子位于{a}，面积不大。",
    "患者{n}，男，45岁，因胸痛入院。",
    "我叫{n}，家住{a}，今年读高二。",
    "{n}女士表示，她对处理结果并不满意。",
    "这次活动由{n}负责组织，{n2}负责后勤。",
    "送货地址：{a}（请工作日送达）",
    "老师把{n}的作业退了回去，让他重写。",
    "经理{n}签字确认后，款项将汇入对方账户。",
    "公司注册地址为{a}，法定代表人为{n}。",
    "{n}告诉记者，附近的居民大多是外来务工人员。",
    "房东{n}把{a}的房子租给了两个学生。",
    "会议纪要由{n}整理，已发送给全体成员。",
    "收件人：{n} 地址：{a} 备注：易碎品",
    "我们在{a}附近找到了{n}丢失的钱包。",
    "{n}同学获得了本学期的一等奖学金。",
    "投诉人{n}称，{a}的楼道里长期堆放杂物。",
    "这份报告的作者是{n}，审稿人是{n2}。",
    "他把新家的地址{a}发给了{n}。",
    "{n}的父亲是一名退休教师。",
    "被保险人{n}的通讯地址变更为{a}。",
    "值班表显示，今晚由{n}值班。",
    "订单备注：请送到{a}，找{n}签收。",
    "我和{n}约好周末一起去爬山。",
    "用户{n}反映，登录时总是提示密码错误。",
    "户主{n}，住址{a}，家庭成员三人。",
    "{n}在朋友圈里晒出了自己做的蛋糕。",
    "法院向{a}送达了传票，但{n}拒绝签收。",
)

# Sentences without any person name or postal address: organisations, bare place names, words
# that start with a surname character, brand names.
HARD_NEGATIVES = (
    "北京时间今晚八点，比赛将正式开始。",
    "北京百度网讯科技有限公司发布了新一季度财报。",
    "上海和广州的房价今年都有所回落。",
    "他很高兴地说，黄金价格又上涨了。",
    "周末的天气预报说会有大风降温。",
    "中国人民银行宣布下调存款准备金率。",
    "王国的故事在这部电影里讲得很精彩。",
    "万一下雨，活动就改到室内举行。",
    "林业部门加强了对森林防火的巡查。",
    "江苏队在比赛中以三比一获胜。",
    "常常有人问我，学习编程难不难。",
    "高速公路上发生了一起追尾事故。",
    "深圳证券交易所今天暂停了两只股票的交易。",
    "华为技术有限公司推出了新款手机。",
    "马上就要到春节了，车站里挤满了人。",
    "白天气温较高，夜间有小雨。",
    "路边的银杏叶已经黄了。",
    "请在办公室门口排队等候。",
    "杭州西湖是著名的旅游景点。",
    "朝阳产业的发展需要政策支持。",
    "钱包里只剩下几张零钱。",
    "文化部门组织了一场传统戏曲演出。",
    "安全生产是企业的头等大事。",
    "黄河流域今年降水偏多。",
)


def build(fake: Faker, per_template: int) -> list[tuple[str, set[tuple[str, int, int]]]]:
    """Generated sentences with their gold (label, start, end) spans."""
    out: list[tuple[str, set[tuple[str, int, int]]]] = []
    for template in CARRIERS:
        for _ in range(per_template):
            values = {"n": fake.name(), "n2": fake.name(), "a": fake.address()}
            text, gold = _fill(template, values)
            out.append((text, gold))
    out.extend((t, set()) for t in HARD_NEGATIVES)
    return out


def _fill(template: str, values: dict[str, str]) -> tuple[str, set[tuple[str, int, int]]]:
    text = ""
    gold: set[tuple[str, int, int]] = set()
    rest = template
    while "{" in rest:
        before, _, tail = rest.partition("{")
        key, _, rest = tail.partition("}")
        text += before
        value = values[key]
        gold.add(("ADDR" if key == "a" else "NAME", len(text), len(text) + len(value)))
        text += value
    return text + rest, gold


def detect(recognizers: list[Recognizer], text: str, min_score: float) -> list[Finding]:
    ctx = AnalysisContext()
    found = [
        f
        for r in recognizers
        if not r.quick_reject(text)
        for f in r.analyze(text, ctx)
        if f.score >= min_score
    ]
    return resolve_overlaps(found) if len(found) > 1 else found


def score(
    recognizers: list[Recognizer],
    data: list[tuple[str, set[tuple[str, int, int]]]],
    min_score: float,
) -> dict[str, dict[str, float]]:
    counts = {label: [0, 0, 0] for label in TYPES.values()}
    for text, gold in data:
        pred = {(TYPES[f.type], f.start, f.end) for f in detect(recognizers, text, min_score)}
        for label, c in counts.items():
            g = {s for s in gold if s[0] == label}
            p = {s for s in pred if s[0] == label}
            c[0] += len(g & p)
            c[1] += len(p)
            c[2] += len(g)
    return {label: prf(*c) for label, c in counts.items()}


def throughput(recognizers: list[Recognizer], texts: list[str], rounds: int = 3) -> float:
    """KB of UTF-8 text per CPU second through the recognizers (caches defeated by varying the
    text). CPU time, not wall time: the build machine is shared, and wall time would measure the
    neighbours."""
    size = sum(len(t.encode("utf-8")) for t in texts) * rounds
    t0 = time.process_time()
    for r in range(rounds):
        for t in texts:
            detect(recognizers, t + "。" * r, DEFAULT_MIN_SCORE)
    return size / 1024 / (time.process_time() - t0)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--per-template", type=int, default=10)
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "eval_metrics.json")
    args = ap.parse_args(argv)

    recognizers: list[Recognizer] = [PersonNameRecognizer(), AddressRecognizer()]
    dev = [(ex.text, set(ex.entities)) for ex in load(args.data, aux=False) if is_dev(ex.text)]
    Faker.seed(args.seed)
    generated = build(Faker("zh_CN"), args.per_template)
    results = {
        "dev_sentences": len(dev),
        "dev_default_threshold": score(recognizers, dev, DEFAULT_MIN_SCORE),
        "dev_all_candidates": score(recognizers, dev, 0.0),
        "generated_sentences": len(generated),
        "generated_negatives": len(HARD_NEGATIVES),
        "generated": score(recognizers, generated, DEFAULT_MIN_SCORE),
    }
    texts = [t for t, _ in dev] + [t for t, _ in generated]
    results["throughput_kb_per_s_sentences"] = round(throughput(recognizers, texts), 1)
    blob = "\n".join(texts)
    pages = [blob[i : i + 4000] for i in range(0, len(blob), 4000)]
    results["throughput_kb_per_s_pages"] = round(throughput(recognizers, pages), 1)
    args.out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    print(json.dumps(results, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
