"""``monitor classify``, ``eval`` and ``reclassify``: the classifier from the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from monitor.cli.common import EXIT_OK, Context, clip, rules_classifier
from monitor.errors import ConfigError


def cmd_classify(ctx: Context, args: argparse.Namespace) -> int:
    from classifiers.cli import classify_jsonl, explain_text

    clf = rules_classifier(ctx)
    if args.text is not None or args.title is not None or args.summary is not None:
        ctx.print(explain_text(clf, args.text, lang=args.lang, title=args.title, summary=args.summary,
                               url=args.url))
        return EXIT_OK
    if args.file in (None, "-"):
        return classify_jsonl(clf, sys.stdin, ctx.out)
    try:
        with open(args.file, encoding="utf-8", errors="replace") as stream:
            return classify_jsonl(clf, stream, ctx.out)
    except FileNotFoundError:
        raise ConfigError(f"{args.file}: no such file; give a JSON-lines file or - for standard input",
                          field="FILE") from None


def cmd_eval(ctx: Context, args: argparse.Namespace) -> int:
    from classifiers.cli import evaluate_file

    if not Path(args.file).is_file():
        raise ConfigError(f"{args.file}: no such file; give labelled JSON lines (label: relevant/irrelevant)",
                          field="FILE")
    return evaluate_file(rules_classifier(ctx), args.file, ctx.out)


def cmd_reclassify(ctx: Context, args: argparse.Namespace) -> int:
    """Replay the current rules over stored items; report (and store, unless --dry-run) what changed."""
    from monitor.pipeline.analyse import classifier_url, decide_text
    from storage.enrichment import article_texts
    from storage.items import iter_items_for_classification, update_decisions

    clf = rules_classifier(ctx)
    engine = ctx.engine()
    seen = changed = became_relevant = became_irrelevant = 0
    for batch in iter_items_for_classification(engine, since=args.since):
        updates = []
        articles = article_texts(engine, [i.id for i in batch])  # read for candidates: kept as evidence
        for item in batch:
            seen += 1
            url = classifier_url(item.url, item.outlet_url)
            if item.id in articles:  # as the enrichment tick decides (the article for the content)
                decision = clf.classify_to_dict(title=item.title, summary=item.summary, content=None,
                                                article=articles[item.id], lang=item.language, url=url)
            else:
                decision = decide_text(clf, item.title, item.summary, item.content or "", item.language, url)
            if item.relevant != decision["relevant"] or item.rules_version != decision["rules_version"] \
                    or item.score != decision["score"]:
                updates.append((item.id, decision))
            if item.relevant != decision["relevant"]:
                changed += 1
                if decision["relevant"]:
                    became_relevant += 1
                else:
                    became_irrelevant += 1
                if args.verbose:
                    ctx.print(f"{item.id}\t{'+' if decision['relevant'] else '-'}relevant\t"
                              f"{decision['score']:.2f}\t{clip(item.title, 80)}")
        if not args.dry_run:
            update_decisions(engine, updates)
    verb = "would change" if args.dry_run else "changed"
    ctx.print(f"{seen} items reclassified with rules {clf.version}: {verb} {changed} "
              f"({became_relevant} now relevant, {became_irrelevant} no longer relevant)")
    return EXIT_OK
