"""Jurisdiction policy packs: documents like the base policy (design §2) whose rules cite the
law they come from, with a CEL condition saying where the pack applies.

    pack: eu-ai-act                            # the pack's name; one active version per name
    version: "eu-ai-act-2025.1"
    title: "EU AI Act (Regulation (EU) 2024/1689)"
    reader: v2
    applies_when: derived.eu || derived.places.exists(p, p in ["DE", "FR"])
    rules:
      - id: eu-untargeted-face-scraping
        effect: deny
        reason: "…"
        reference: "Regulation (EU) 2024/1689, Art. 5(1)(e)"
        citation: {title: "…", article: "Art. 5(1)(e)", url: "https://eur-lex.europa.eu/…"}
        effective: 2025-02-02                  # the rule counts for screenings from this day
        checklist:                             # optional: items the scrutiny checklist then asks
          - {id: eu-art-27-fria, label: "Fundamental-rights impact assessment (Art. 27)"}
        condition: derived.untargeted_face_scraping

A pack's rules see the same variables as the base policy's (`screening.context`).
"""
import datetime
import re
from dataclasses import dataclass, field

import yaml

from screening import context as ctx
from screening.policy import (
    CompiledPolicy,
    PolicyError,
    _at,
    _blank_strings,
    _compile_condition,
    _frozen,
    _mapping,
    _text,
    compile_policy,
)
from screening.probes import PROBES

_PACK_NAME = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
_CHECKLIST_ID = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)*\Z")
_CITATION_KEYS = {"title", "article", "url"}
_ITEM_KEYS = {"id", "label"}
_MAX_REMEMBERED = 10_000


@dataclass(frozen=True)
class Citation:
    title: str
    article: str
    url: str

    def as_dict(self) -> dict:
        return {"title": self.title, "article": self.article, "url": self.url}


@dataclass(frozen=True)
class PackRule:
    citation: Citation
    effective: datetime.date
    checklist: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class CompiledPack:
    name: str
    policy: CompiledPolicy
    applies_when: str
    applies_program: object
    pack_rules: dict  # rule id -> PackRule
    applies_variables: frozenset = frozenset(ctx.VARIABLES)
    applies_keys: tuple = ctx.DERIVED_KEYS  # the `derived` keys applies_when reads
    _remembered: dict = field(default_factory=dict, init=False, compare=False, repr=False)

    @property
    def version(self) -> str:
        return self.policy.version

    @property
    def title(self) -> str:
        return self.policy.title

    @property
    def rules(self):
        return self.policy.rules

    @property
    def reader(self) -> str:
        return self.policy.reader

    @property
    def sha256(self) -> str:
        return self.policy.sha256

    def applies(self, facts: dict, derived: dict, signals: dict[str, bool]) -> bool:
        if "facts" in self.applies_variables:
            return self._applies(ctx.cel_context(facts, derived, signals, self.applies_variables, self.applies_keys))
        # As the base policy does: the same few places come back again and again.
        key = (tuple(_frozen(derived[name]) for name in self.applies_keys), tuple(signals.values()))
        result = self._remembered.get(key)
        if result is None:
            result = self._applies(ctx.cel_context(facts, derived, signals, self.applies_variables, self.applies_keys))
            if len(self._remembered) >= _MAX_REMEMBERED:
                self._remembered.clear()
            self._remembered[key] = result
        return result

    def _applies(self, context: dict) -> bool:
        try:
            result = self.applies_program.execute(context)
        except Exception as exc:  # noqa: BLE001 - any CEL runtime error is the pack's fault
            raise PolicyError(f"applies_when failed: {exc}") from None
        if not isinstance(result, bool):
            raise PolicyError("applies_when must be a boolean")
        return result


def is_pack(source: str) -> bool:
    """Whether a policy document is a pack (it names one); cheap, for routing an upload."""
    return bool(re.search(r"^pack\s*:", source or "", re.MULTILINE))


def compile_pack(source: str) -> CompiledPack:
    """Parse, check and compile a pack, or raise `PolicyError` with the line and column."""
    policy = compile_policy(source, pack=True)  # the YAML, the rules and their conditions
    root = yaml.compose(source, Loader=yaml.SafeLoader)
    top = _mapping(root, "the policy", {"version", "title", "description", "reader", "rules", "pack",
                                        "applies_when"}, None)
    for key in ("pack", "applies_when"):
        if key not in top:
            raise PolicyError(f"a pack needs {key!r}", **_at(root.start_mark))
    name = _text(top["pack"], "pack", None)
    if not _PACK_NAME.match(name) or len(name) > 64:
        raise PolicyError("pack names are lower-case words and digits joined by '-'", **_at(top["pack"].start_mark))
    signal_names = ctx.signal_names(policy.reader)
    applies_when = _text(top["applies_when"], "applies_when", None)
    program = _compile_condition(top["applies_when"], source, None, signal_names)
    pack_rules = {}
    for node in top["rules"].value:
        fields = {k.value: v for k, v in node.value}
        rule_id = fields["id"].value
        pack_rules[rule_id] = _pack_rule(node, fields, rule_id)
    pack = CompiledPack(name=name, policy=policy, applies_when=applies_when, applies_program=program,
                        pack_rules=pack_rules,
                        applies_variables=frozenset(v for v in ctx.VARIABLES if v in program.variables()),
                        applies_keys=ctx.derived_keys_used([_blank_strings(applies_when)]))
    for label, facts in PROBES:
        signals = ctx.affirmed_signals(ctx.detect_signals(facts, policy.reader))
        try:
            pack.applies(facts, ctx.derive(facts), signals)
        except PolicyError as exc:
            raise PolicyError(f"{exc.message} (on a sample application: {label})",
                              **_at(top["applies_when"].start_mark)) from None
    return pack


def _pack_rule(node, fields: dict, rule_id: str) -> PackRule:
    for key in ("citation", "effective"):
        if key not in fields:
            raise PolicyError(f"a pack's rule needs {key!r}", rule_id=rule_id, **_at(node.start_mark))
    citation = _mapping(fields["citation"], "a citation", _CITATION_KEYS, rule_id)
    for key in sorted(_CITATION_KEYS - set(citation)):
        raise PolicyError(f"the citation has no {key!r}", rule_id=rule_id, **_at(fields["citation"].start_mark))
    url = _text(citation["url"], "url", rule_id)
    if not url.startswith("https://"):
        raise PolicyError("a citation links to the official text over https", rule_id=rule_id,
                          **_at(citation["url"].start_mark))
    effective_text = _text(fields["effective"], "effective", rule_id)
    try:
        effective = datetime.date.fromisoformat(effective_text)
    except ValueError:
        raise PolicyError("effective must be a date, YYYY-MM-DD", rule_id=rule_id,
                          **_at(fields["effective"].start_mark)) from None
    items = []
    if "checklist" in fields:
        node_list = fields["checklist"]
        if not isinstance(node_list, yaml.SequenceNode):
            raise PolicyError("checklist must be a list of {id, label}", rule_id=rule_id, **_at(node_list.start_mark))
        for item_node in node_list.value:
            item = _mapping(item_node, "a checklist item", _ITEM_KEYS, rule_id)
            if set(item) != _ITEM_KEYS:
                raise PolicyError("a checklist item has an id and a label", rule_id=rule_id,
                                  **_at(item_node.start_mark))
            item_id = _text(item["id"], "id", rule_id)
            if not _CHECKLIST_ID.match(item_id) or len(item_id) > 64:
                raise PolicyError("checklist ids are lower-case words joined by '-' or '_'", rule_id=rule_id,
                                  **_at(item["id"].start_mark))
            items.append((item_id, _text(item["label"], "label", rule_id)))
    return PackRule(
        citation=Citation(_text(citation["title"], "title", rule_id), _text(citation["article"], "article", rule_id),
                          url),
        effective=effective, checklist=tuple(items),
    )

