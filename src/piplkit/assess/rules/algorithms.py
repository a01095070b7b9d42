"""Algorithms and generative AI: filing and user choice, triggered by profile facts.

Algorithm Recommendation Provisions (from 2022-03-01, text read): Arts. 16-17 tell users and let
them switch personalised recommendation off or delete their tags; Art. 18 minors; Art. 24 a
service with public-opinion attributes or social-mobilisation capability files its algorithm
within 10 working days of starting; Art. 27 it also carries out a security assessment. Deep
Synthesis Provisions Art. 19 (from 2023-01-10) and Generative AI Measures Art. 17 (from
2023-08-15) send such services to the same filing.
"""

from __future__ import annotations

from collections.abc import Sequence

from piplkit.assess.law.models import Citation
from piplkit.assess.rules.calendar import working_day_due
from piplkit.assess.rules.context import EvalContext
from piplkit.assess.rules.profile import Profile
from piplkit.assess.rules.registry import RuleSet
from piplkit.assess.rules.result import Obligation, TransferResult

ALGORITHMS = RuleSet()
rule = ALGORITHMS.rule
ALGO = "algorithm_recommendation_provisions_2021"
DEEP = "deep_synthesis_provisions_2022"
GENAI = "genai_interim_measures_2023"


def _filing(
    p: Profile,
    ctx: EvalContext,
    oid: str,
    service: str,
    service_zh: str,
    basis: list[Citation],
    fact: str,
) -> list[Obligation]:
    pr = p.processing
    if not ctx.fact("processing.public_opinion_or_mobilisation", pr.public_opinion_or_mobilisation):
        return []
    days = ctx.param("algorithm.filing_deadline_working_days")
    if days is None or days.value is None:
        return []
    cites = [*basis, ctx.cite(days.instrument, days.article), ctx.cite(ALGO, "Art. 27")]
    launched = ctx.fact(
        "processing.algorithm_service_launched_on", pr.algorithm_service_launched_on
    )
    due_date = None
    due = f"within {days.value} working days of starting the service"
    if launched is not None:
        due_date = working_day_due(ctx, launched, days.number, f"{service} filing", days.citation)
        due = f"within {days.value} working days of {launched}" + (
            "" if due_date else " (date unknown: holiday schedule not yet published)"
        )
    return [
        Obligation(
            oid,
            f"File the {service} algorithm in the CAC algorithm filing system and carry out a "
            "security assessment (public-opinion attributes or social-mobilisation capability)",
            f"具有舆论属性或者社会动员能力的{service_zh}，通过互联网信息服务算法备案系统履行备案手续并开展安全评估",
            tuple(cites),
            (fact, "processing.public_opinion_or_mobilisation"),
            due=due,
            due_date=due_date,
        )
    ]


@rule("algorithm.filing", requires=(ALGO,))
def algorithm_filing(
    p: Profile, ctx: EvalContext, transfers: Sequence[TransferResult]
) -> list[Obligation]:
    if not ctx.fact("processing.algorithm_recommendation", p.processing.algorithm_recommendation):
        return []
    return _filing(
        p,
        ctx,
        "algorithm.filing",
        "recommendation",
        "算法推荐服务提供者",
        [],
        "processing.algorithm_recommendation",
    )


@rule("algorithm.user_choice", requires=(ALGO,))
def user_choice(
    p: Profile, ctx: EvalContext, transfers: Sequence[TransferResult]
) -> list[Obligation]:
    pr = p.processing
    if not ctx.fact("processing.algorithm_recommendation", pr.algorithm_recommendation):
        return []
    cites = [ctx.cite(ALGO, "Art. 16"), ctx.cite(ALGO, "Art. 17")]
    title = (
        "Tell users about algorithmic recommendation and its basic principles; offer an option "
        "not based on personal characteristics or an easy way to switch it off, and a way to "
        "choose or delete the user tags"
    )
    title_zh = (
        "以显著方式告知算法推荐服务情况并公示基本原理；"
        "提供不针对个人特征的选项或便捷关闭选项，并提供选择或删除用户标签的功能"
    )
    why = ["processing.algorithm_recommendation"]
    if pr.processes_minors:
        cites.append(ctx.cite(ALGO, "Art. 18"))
        title += "; modes suited to minors and no content inducing addiction"
        title_zh += "；向未成年人提供服务的，提供适合未成年人的模式，不得诱导沉迷"
        why.append("processing.minors")
    return [Obligation("algorithm.user_choice", title, title_zh, tuple(cites), tuple(why))]


@rule("deep_synthesis.filing", requires=(DEEP, ALGO))
def deep_synthesis_filing(
    p: Profile, ctx: EvalContext, transfers: Sequence[TransferResult]
) -> list[Obligation]:
    if not ctx.fact("processing.deep_synthesis", p.processing.deep_synthesis):
        return []
    basis = ctx.cite(
        DEEP,
        "Art. 19",
        False,
        "quoted in secondary sources (具有舆论属性或者社会动员能力的深度合成服务提供者，应当按照"
        "《互联网信息服务算法推荐管理规定》履行备案和变更、注销备案手续); official text not read",
    )
    return _filing(
        p,
        ctx,
        "deep_synthesis.filing",
        "deep synthesis",
        "深度合成服务提供者",
        [basis],
        "processing.deep_synthesis",
    )


@rule("generative_ai.filing", requires=(GENAI, ALGO))
def generative_ai_filing(
    p: Profile, ctx: EvalContext, transfers: Sequence[TransferResult]
) -> list[Obligation]:
    if not ctx.fact("processing.generative_ai", p.processing.generative_ai):
        return []
    return _filing(
        p,
        ctx,
        "generative_ai.filing",
        "generative AI",
        "生成式人工智能服务提供者",
        [ctx.cite(GENAI, "Art. 17")],
        "processing.generative_ai",
    )
