"""Bad rules and vocabulary files: errors name the file, the field and the fix."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from classifiers import Classifier, ExpressionError, RulesError, VocabularyError, load_classifier


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_copy_of_bundled_rules_loads(rules_dir: Path) -> None:
    clf = load_classifier(rules_dir)
    assert clf.version == load_classifier().version
    assert load_classifier(rules_dir / "rules.yaml").version == clf.version


RULE_ERRORS = [
    ("unknown-concept-in-when", "when: china >= 0.5 and ca >= 0.5", "when: chna >= 0.5 and ca >= 0.5",
     ExpressionError, r'^rules\.yaml: rules\[1\]\.when: unknown name "chna" \(known: .*china, .*kz'),
    ("syntax-in-when", "when: china >= 0.5 and ca >= 0.5", "when: china >= and ca",
     ExpressionError, r"^rules\.yaml: rules\[1\]\.when: expected a name, number"),
    ("unbalanced-paren", "when: china >= 0.5 and ca >= 0.5", "when: (china and ca",
     ExpressionError, r'^rules\.yaml: rules\[1\]\.when: expected "\)"'),
    ("field-after-name", "when: title.scied >= 1", "when: scied.title >= 1",
     ExpressionError, r"write the field first, e\.g\. title\.scied"),
    ("missing-version", 'version: "', 'old_version: "',
     RulesError, r"^rules\.yaml: old_version: unknown key"),
    ("add-and-veto", "    veto: true\n    why: Relevant items", "    veto: true\n    add: 1\n    why: Relevant items",
     RulesError, r"^rules\.yaml: rules\[0\]: give exactly one of `add: <number>` or `veto: true`"),
    ("bad-add", "    add: 1.0\n    why: China and Central Asia", "    add: lots\n    why: China and Central Asia",
     RulesError, r"^rules\.yaml: rules\[1\]\.add: 'lots' is not a number"),
    ("unknown-per", "    per: scied\n    cap: 5.0", "    per: sciedd\n    cap: 5.0",
     RulesError, r'^rules\.yaml: rules\[\d+\]\.per: unknown name "sciedd"'),
    ("unknown-group-member", "  ca: [kz, uz, kg, tj, tm, central_asia]", "  ca: [kz, uzb]",
     RulesError, r'^rules\.yaml: groups\.ca\.uzb: unknown concept "uzb" \(known: '),
    ("missing-vocabulary-file", "vocabulary: [vocab_places.yaml,", "vocabulary: [vocab_placez.yaml,",
     RulesError, r'^rules\.yaml: vocabulary\[0\]: "vocab_placez\.yaml" not found next to rules\.yaml'),
    ("duplicate-rule-id", "  - id: china_and_central_asia", "  - id: needs_china_and_central_asia",
     RulesError, r'"needs_china_and_central_asia" is used twice'),
    ("bad-threshold", "threshold: 2.0", "threshold: high",
     RulesError, r"^rules\.yaml: threshold: 'high' is not a number"),
    ("unknown-pair-side", "with_partner: [ca, partner]", "with_partner: [ca, partnr]",
     RulesError, r'^rules\.yaml: pairs\.with_partner\[1\]: unknown concept or group "partnr"'),
    ("unknown-pairs-when", "pairs_when: partner", "pairs_when: partners",
     RulesError, r'^rules\.yaml: pairs_when: unknown concept or group "partners"'),
    ("pair-with-field", "when: with_partner > 0 and with_china == 0", "when: title.with_partner > 0",
     RulesError, r'"title\.with_partner": a pair is counted over the whole item; write just with_partner'),
    ("bad-connectors", "connectors: [and,", "connectors: [\"\", and,",
     RulesError, r"^rules\.yaml: connectors: must be a list of words"),
    ("unknown-rule-key", "    veto: true\n    why: Relevant", "    veto: true\n    wen: x\n    why: Relevant",
     RulesError, r'^rules\.yaml: rules\[0\]\.wen: unknown key; use add, cap, id, per, veto, when, why \(did you mean "when"\?\)$'),
    ("misspelt-top-key", "threshold: 2.0", "treshold: 2.0",
     RulesError, r'^rules\.yaml: treshold: unknown key; use .*threshold.* \(did you mean "threshold"\?\)$'),
    ("unknown-limits-key", "limits: {title: 1000,", "limits: {titel: 1000, title: 1000,",
     RulesError, r'^rules\.yaml: limits\.titel: unknown key; use title, summary, content, article \(did you mean "title"\?\)$'),
    ("missing-fields-key", "fields: {title: 2.0, summary: 1.0,", "fields: {title: 2.0,",
     RulesError, r"^rules\.yaml: fields\.summary: missing; give the weight of a match in it, e\.g\. 1\.0$"),
    ("unknown-no-side-key", "no_side:\n  sides:", "no_side:\n  sids:",
     RulesError, r'^rules\.yaml: no_side\.sids: unknown key; use sides, rule \(did you mean "sides"\?\)$'),
    ("unknown-implied-key", "implied:\n  languages:", "implied:\n  langauges:",
     RulesError, r'^rules\.yaml: implied\.langauges: unknown key; use languages, values, when, outlet_when \(did you mean "languages"\?\)$'),
    # round 90: implied.outlet_when is an expression over the rules' values, checked as implied.when is
    ("bad-implied-outlet-when", "  outlet_when: partner >= 1", "  outlet_when: partnr >= 1",
     RulesError, r'^rules\.yaml: implied\.outlet_when: unknown name "partnr"'),
]


@pytest.mark.parametrize(("old", "new", "error", "message"), [r[1:] for r in RULE_ERRORS], ids=[r[0] for r in RULE_ERRORS])
def test_rules_file_errors(rules_dir: Path, old: str, new: str, error: type[Exception], message: str) -> None:
    edit(rules_dir / "rules.yaml", old, new)
    with pytest.raises(error) as caught:
        load_classifier(rules_dir)
    assert isinstance(caught.value, ValueError)
    assert re.search(message, str(caught.value)), str(caught.value)


VOCAB_ERRORS = [
    ("unknown-also", "also: [research]}", "also: [reserch]}",
     r'^vocab_places\.yaml: concepts\.china\.terms\.en\[\d+\]\.also: unknown concept "reserch" \(known: '),
    ("star-inside-term", '"kazakhstan*", "kazakh*"', '"kaz*akhstan", "kazakh*"',
     r"^vocab_places\.yaml: concepts\.kz\.terms\.en\[0\]: 'kaz\*akhstan': '\*' or '~' may only end a term"),
    ("unbalanced-brace", '"хив{а,е,у,ы,инск*}"', '"хив{а,е,у,ы,инск*"',
     r"^vocab_places\.yaml: concepts\.uz\.terms\.ru\[\d+\]: .*unbalanced"),
    ("stem-on-chinese", "北京, 上海,", '"北京*", 上海,',
     r"^vocab_places\.yaml: concepts\.china\.terms\.zh\[\d+\]: .*Chinese terms always match inside longer text"),
    ("bad-kind", "    kind: place\n    code: KZ", "    kind: country\n    code: KZ",
     r"^vocab_places\.yaml: concepts\.kz\.kind: 'country' is not one of place, hint, topic"),
    ("bad-code", "code: KZ", "code: KAZ",
     r"^vocab_places\.yaml: concepts\.kz\.code: 'KAZ' is not an ISO alpha-2 code"),
    ("bad-language", "      tk: [\"Hytaý~\"", "      tr: [\"Hytaý~\"",
     r"^vocab_places\.yaml: concepts\.china\.terms\.tr: unknown language; use one of en, ru, zh"),
    ("bad-weight", "{term: kz, weight: 0.5}", "{term: kz, weight: heavy}",
     r"^vocab_places\.yaml: concepts\.kz\.terms\.en\[\d+\]\.weight: 'heavy' is not a number from 0 to 3"),
    ("unknown-term-key", "{term: kz, weight: 0.5}", "{term: kz, wieght: 0.5}",
     r"unknown key\(s\) \['wieght'\]; use term, weight, also, not_before"),
    ("empty-term", '"kazakhstan*", "kazakh*"', '"", "kazakh*"',
     r"^vocab_places\.yaml: concepts\.kz\.terms\.en\[0\]: '' is not a term"),
]


@pytest.mark.parametrize(("old", "new", "message"), [v[1:] for v in VOCAB_ERRORS], ids=[v[0] for v in VOCAB_ERRORS])
def test_vocabulary_file_errors(rules_dir: Path, old: str, new: str, message: str) -> None:
    edit(rules_dir / "vocab_places.yaml", old, new)
    with pytest.raises(VocabularyError) as caught:
        load_classifier(rules_dir)
    assert isinstance(caught.value, ValueError)
    assert re.search(message, str(caught.value)), str(caught.value)


def test_invalid_yaml_names_the_file(rules_dir: Path) -> None:
    (rules_dir / "rules.yaml").write_text("version: [unclosed\n", encoding="utf-8")
    with pytest.raises(RulesError, match=r"^rules\.yaml: not valid YAML"):
        load_classifier(rules_dir)


def test_missing_rules_file(tmp_path: Path) -> None:
    with pytest.raises(RulesError, match="no such rules file"):
        load_classifier(tmp_path / "nowhere.yaml")


def test_duplicate_concept_across_files(rules_dir: Path) -> None:
    topics = yaml.safe_load((rules_dir / "vocab_topics.yaml").read_text(encoding="utf-8"))
    topics["concepts"]["china"] = {"kind": "place", "terms": {"en": ["prc"]}}
    (rules_dir / "vocab_topics.yaml").write_text(yaml.safe_dump(topics, allow_unicode=True), encoding="utf-8")
    with pytest.raises(VocabularyError, match=r"concepts\.china: already defined in vocab_places\.yaml"):
        load_classifier(rules_dir)


def test_custom_rules_change_decisions(rules_dir: Path) -> None:
    edit(rules_dir / "rules.yaml", 'version: "', 'version: "custom-')
    edit(rules_dir / "rules.yaml", "threshold: 2.0", "threshold: 100")
    clf = load_classifier(rules_dir)
    assert clf.version.startswith("custom-")
    d = clf.classify(title="China and Kazakhstan open joint laboratory at Nazarbayev University")
    assert not d.relevant
    assert d.rules_version == clf.version


def test_a_joint_body_names_both_of_its_sides(clf: Classifier) -> None:
    """country: KG+CN (gazetteer.yaml): the Kyrgyz-Chinese Institute is evidence of both sides."""
    d = clf.classify(title="Для студентов Кыргызско-Китайского института открыт компьютерный центр")
    assert {"CN", "KG"} <= set(d.countries), d.explain()


def test_a_bad_joint_country_names_the_part_and_the_fix(rules_dir: Path) -> None:
    edit(rules_dir / "gazetteer.yaml", "    country: KG+CN", "    country: KG+XX")
    with pytest.raises(VocabularyError, match=r"gazetteer\.yaml: institutions\[\d+\]\.country: 'XX' is not one of .*KG\+CN"):
        load_classifier(rules_dir)
