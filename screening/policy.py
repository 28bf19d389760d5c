"""Policies as data: a YAML document of rules, each with a CEL condition, parsed and checked
into an immutable `CompiledPolicy`, or refused with a `PolicyError` that names the rule and the
line and column in the YAML file.

    version: "v1"
    title: "…"
    reader: v2                                 # optional: how the free text is read (v1 if absent)
    rules:
      - id: us-police-facial-recognition       # stable, lower-case words joined by "-"
        effect: deny                           # deny | scrutiny
        reason: "…"                            # plain language an applicant can read
        reason_eu: "…"                         # optional: used instead when derived.eu
        translations:                          # optional: the reasons in other languages
          es: {reason: "…", reason_eu: "…"}    # a language without one reads the English
        reference: "…"                         # the clause of the code of conduct or law
        evidence: facial_recognition           # optional: signal(s) whose spans it reports
        condition: derived.facial_recognition && derived.us_police

The variables a condition can use are documented in `screening.context`. Lines and columns are
1-based, as editors show them.
"""
import hashlib
import re
from dataclasses import dataclass, field

import cel
import yaml

from screening import context as ctx
from screening.probes import PROBES

EFFECTS = ("deny", "scrutiny")
_TOP_KEYS = {"version", "title", "description", "reader", "rules"}
_RULE_KEYS = {"id", "effect", "reason", "reason_eu", "reference", "condition", "evidence", "translations"}
_TRANSLATION_KEYS = {"reason", "reason_eu"}
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(?:-[a-z]{2,4})?\Z")
_REQUIRED_RULE_KEYS = ("id", "effect", "reason", "reference", "condition")
# Keys only a jurisdiction pack may use; `screening.packs` reads and checks them.
PACK_TOP_KEYS = frozenset({"pack", "applies_when"})
PACK_RULE_KEYS = frozenset({"citation", "effective", "checklist"})
_RULE_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
_VERSION = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}\Z")
_CEL_POSITION = re.compile(r"<input>:(\d+):(\d+):\s*(.*)")
_STRING_LITERAL = re.compile(r'"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'')
_MAX_REMEMBERED_RESULTS = 10_000
_MACRO_BINDING = re.compile(r"\.\s*(?:all|exists|exists_one|map|filter)\s*\(\s*(\w+)\s*,")


class PolicyError(ValueError):
    """A policy document that cannot be used, with where the problem is."""

    def __init__(self, message: str, *, rule_id: str | None = None, line: int | None = None,
                 column: int | None = None):
        self.message, self.rule_id, self.line, self.column = message, rule_id, line, column
        where = f"line {line}, column {column}: " if line is not None else ""
        rule = f"rule {rule_id}: " if rule_id else ""
        super().__init__(f"{where}{rule}{message}")

    def as_dict(self) -> dict:
        return {"rule_id": self.rule_id, "line": self.line, "column": self.column, "message": self.message}


class PolicyEvaluationError(PolicyError):
    """A condition that failed on real facts (the sample applications did not reveal it)."""


@dataclass(frozen=True)
class CompiledRule:
    id: str
    effect: str
    reason: str
    reference: str
    condition: str
    reason_eu: str = ""
    evidence: tuple[str, ...] = ()
    program: object = field(default=None, compare=False, repr=False)
    # language code -> {"reason": …, "reason_eu": …}: what the applicant reads in that language.
    translations: dict = field(default_factory=dict, compare=False, repr=False)

    def reason_in(self, language: str, *, eu: bool = False) -> str:
        """The reason (the EU one when `eu` and the rule has one) in a language, or in English
        when the policy has no translation of it."""
        key = "reason_eu" if eu and self.reason_eu else "reason"
        base = (language or "").lower().split("-")[0]
        for code in (language, base):
            text = self.translations.get(code, {}).get(key)
            if text:
                return text
        return self.reason_eu if key == "reason_eu" else self.reason

    def missing_translations(self, languages) -> list[str]:
        """'language: key' for each reason this rule does not give in one of `languages`."""
        keys = ("reason", "reason_eu") if self.reason_eu else ("reason",)
        return [f"{language}: {key}" for language in languages for key in keys
                if not self.translations.get(language, {}).get(key)]


@dataclass(frozen=True)
class CompiledPolicy:
    version: str
    title: str
    rules: tuple[CompiledRule, ...]
    source: str = field(repr=False)
    sha256: str
    variables: frozenset[str]
    derived_keys: tuple[str, ...]
    program: object = field(compare=False, repr=False)
    # Which text reader the policy's signals come from (screening.context.READERS): a policy
    # keeps the reading it was written and tested with, so decisions under it replay exactly.
    reader: str = ctx.DEFAULT_READER
    # Results by input, when the conditions read only `derived` and `signals`: a handful of
    # booleans and short lists, so the same few inputs come back again and again and most
    # screenings need no CEL evaluation at all.
    _results: dict = field(default_factory=dict, init=False, compare=False, repr=False)

    def rule(self, rule_id: str) -> CompiledRule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)

    def evaluate(self, facts: dict, derived: dict, signals: dict[str, bool]) -> tuple[bool, ...]:
        """Whether each rule's condition holds, in rule order, for normalised facts and their
        `derived` and `signals` values (see `screening.context`)."""
        if "facts" in self.variables:
            return self._evaluate(self._context(facts, derived, signals))
        key = (tuple(_frozen(derived[name]) for name in self.derived_keys), tuple(signals.values()))
        results = self._results.get(key)
        if results is None:
            results = self._evaluate(self._context(facts, derived, signals))
            if len(self._results) >= _MAX_REMEMBERED_RESULTS:
                self._results.clear()
            self._results[key] = results
        return results

    def _context(self, facts: dict, derived: dict, signals: dict[str, bool]) -> dict:
        return ctx.cel_context(facts, derived, signals, self.variables, self.derived_keys)

    def _evaluate(self, context: dict) -> tuple[bool, ...]:
        # One CEL evaluation for all rules: converting the context is what costs.
        try:
            results = self.program.execute(context)
        except Exception:  # noqa: BLE001 - find out which rule failed, and say so
            results = None
        if isinstance(results, list) and all(isinstance(r, bool) for r in results):
            return tuple(results)
        for rule in self.rules:
            _evaluate_rule(rule, context)
        raise PolicyEvaluationError("the policy did not evaluate to one boolean per rule")


def compile_policy(source: str, *, pack: bool = False) -> CompiledPolicy:
    """Parse, check and compile a policy document, or raise `PolicyError`. With `pack`, the
    keys of a jurisdiction pack are allowed too (`screening.packs.compile_pack` reads them)."""
    if not isinstance(source, str):
        raise PolicyError("the policy must be YAML text")
    try:
        _check_shape(source)
        root = yaml.compose(source, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise PolicyError(f"not valid YAML: {exc.problem or exc.context}", **_at(mark)) from None
    except yaml.YAMLError as exc:
        raise PolicyError(f"not valid YAML: {exc}") from None
    if root is None:
        raise PolicyError("the policy is empty")
    top = _mapping(root, "the policy", _TOP_KEYS | PACK_TOP_KEYS if pack else _TOP_KEYS, None)
    for key in ("version", "title", "rules"):
        if key not in top:
            raise PolicyError(f"missing {key!r}", **_at(root.start_mark))
    version = _text(top["version"], "version", None)
    if not _VERSION.match(version):
        raise PolicyError("version must be letters, digits, '.', '_' or '-' (at most 64)",
                          **_at(top["version"].start_mark))
    title = _text(top["title"], "title", None)
    reader = _text(top["reader"], "reader", None) if "reader" in top else ctx.DEFAULT_READER
    if reader not in ctx.READERS:
        raise PolicyError(f"unknown reader {reader!r}; expected {' or '.join(ctx.READERS)}",
                          **_at(top["reader"].start_mark))
    signal_names = ctx.signal_names(reader)
    if not isinstance(top["rules"], yaml.SequenceNode) or not top["rules"].value:
        raise PolicyError("'rules' must be a non-empty list", **_at(top["rules"].start_mark))
    rules, nodes = [], {}
    for node in top["rules"].value:
        rule, condition_node = _rule(node, source, signal_names, pack=pack)
        if rule.id in nodes:
            raise PolicyError(f"duplicate rule id {rule.id!r}", rule_id=rule.id, **_at(node.start_mark))
        rules.append(rule)
        nodes[rule.id] = condition_node
    conditions = [rule.condition for rule in rules]
    variables = frozenset(name for name in ctx.VARIABLES if any(
        name in rule.program.variables() for rule in rules))
    derived_keys = ctx.derived_keys_used([_blank_strings(c) for c in conditions])
    combined = cel.compile("[" + ",".join(f"({c}\n)" for c in conditions) + "]")
    policy = CompiledPolicy(
        version=version, title=title, rules=tuple(rules), source=source,
        sha256=hashlib.sha256(source.encode()).hexdigest(), variables=variables,
        derived_keys=derived_keys, program=combined, reader=reader,
    )
    _probe(policy, nodes)
    return policy


# A policy is a mapping of rules of scalars, a few levels deep. Deeper nesting only serves to
# exhaust the (recursive) composer, and aliases only to multiply a document (the "billion laughs").
MAX_DEPTH = 20


def _check_shape(source: str) -> None:
    """Refuse aliases and deep nesting by reading the YAML events one by one (no recursion),
    before the composer builds anything."""
    depth = 0
    for event in yaml.parse(source, Loader=yaml.SafeLoader):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise PolicyError("anchors and aliases (&, *) are not allowed in a policy; write each value out",
                              **_at(event.start_mark))
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise PolicyError(f"nested more than {MAX_DEPTH} levels deep; a policy never needs that",
                                  **_at(event.start_mark))
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def _at(mark) -> dict:
    return {"line": mark.line + 1, "column": mark.column + 1} if mark is not None else {}


def _mapping(node, what: str, allowed: set | None, rule_id: str | None) -> dict:
    """A mapping's values by key; `allowed` None takes any scalar key."""
    if not isinstance(node, yaml.MappingNode):
        raise PolicyError(f"{what} must be a mapping of keys to values", rule_id=rule_id, **_at(node.start_mark))
    found = {}
    for key_node, value_node in node.value:
        key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
        if key is None or (allowed is not None and key not in allowed):
            expected = ", ".join(sorted(allowed)) if allowed is not None else "text"
            raise PolicyError(f"unknown key {key!r} in {what}; expected {expected}",
                              rule_id=rule_id, **_at(key_node.start_mark))
        if key in found:
            raise PolicyError(f"duplicate key {key!r} in {what}", rule_id=rule_id, **_at(key_node.start_mark))
        found[key] = value_node
    return found


def _text(node, key: str, rule_id: str | None) -> str:
    if not isinstance(node, yaml.ScalarNode):
        raise PolicyError(f"{key!r} must be text", rule_id=rule_id, **_at(node.start_mark))
    # The raw scalar text: `version: 1` is the version "1", `condition: true` is CEL `true`.
    value = node.value.strip()
    if not value or node.tag == "tag:yaml.org,2002:null":
        raise PolicyError(f"{key!r} must not be empty", rule_id=rule_id, **_at(node.start_mark))
    return value


def _rule(node, source: str, signal_names: tuple[str, ...], *, pack: bool = False) -> tuple[CompiledRule, object]:
    rule_id = None
    if isinstance(node, yaml.MappingNode):
        id_node = next((v for k, v in node.value if getattr(k, "value", None) == "id"), None)
        rule_id = id_node.value if isinstance(id_node, yaml.ScalarNode) else None
    fields = _mapping(node, "a rule", _RULE_KEYS | PACK_RULE_KEYS if pack else _RULE_KEYS, rule_id)
    for key in _REQUIRED_RULE_KEYS:
        if key not in fields:
            raise PolicyError(f"the rule has no {key!r}", rule_id=rule_id, **_at(node.start_mark))
    rule_id = _text(fields["id"], "id", None)
    if not _RULE_ID.match(rule_id) or len(rule_id) > 100:
        raise PolicyError("rule ids are lower-case words and digits joined by '-'", rule_id=rule_id,
                          **_at(fields["id"].start_mark))
    effect = _text(fields["effect"], "effect", rule_id)
    if effect not in EFFECTS:
        raise PolicyError(f"unknown effect {effect!r}; expected deny or scrutiny", rule_id=rule_id,
                          **_at(fields["effect"].start_mark))
    evidence = _evidence(fields.get("evidence"), rule_id, signal_names)
    condition_node = fields["condition"]
    condition = _text(condition_node, "condition", rule_id)
    program = _compile_condition(condition_node, source, rule_id, signal_names)
    rule = CompiledRule(
        id=rule_id, effect=effect, reason=_text(fields["reason"], "reason", rule_id),
        reference=_text(fields["reference"], "reference", rule_id), condition=condition,
        reason_eu=_text(fields["reason_eu"], "reason_eu", rule_id) if "reason_eu" in fields else "",
        evidence=evidence, program=program,
        translations=_translations(fields.get("translations"), rule_id, has_eu="reason_eu" in fields),
    )
    return rule, condition_node


def _translations(node, rule_id: str, *, has_eu: bool) -> dict:
    if node is None:
        return {}
    languages = _mapping(node, "translations", None, rule_id)
    found = {}
    for language, value in languages.items():
        if not _LANGUAGE_CODE.match(language or ""):
            raise PolicyError(f"translations are keyed by language code (es, fr, pt-br…), not {language!r}",
                              rule_id=rule_id, **_at(value.start_mark))
        allowed = _TRANSLATION_KEYS if has_eu else {"reason"}
        fields = _mapping(value, f"the {language} translation", allowed, rule_id)
        found[language] = {key: _text(text, key, rule_id) for key, text in fields.items()}
    return found


def _evidence(node, rule_id: str, signal_names: tuple[str, ...]) -> tuple[str, ...]:
    if node is None:
        return ()
    items = node.value if isinstance(node, yaml.SequenceNode) else [node]
    names = []
    for item in items:
        name = _text(item, "evidence", rule_id)
        if name not in signal_names:
            raise PolicyError(f"unknown signal {name!r}; expected {' or '.join(signal_names)}",
                              rule_id=rule_id, **_at(item.start_mark))
        names.append(name)
    return tuple(names)


def _compile_condition(node, source: str, rule_id: str, signal_names: tuple[str, ...]):
    condition = node.value
    try:
        program = cel.compile(condition)
    except Exception as exc:  # noqa: BLE001 - the CEL binding reports syntax errors as ValueError
        match = _CEL_POSITION.search(str(exc))
        if not match:
            raise PolicyError(f"condition does not compile: {exc}", rule_id=rule_id,
                              **_at(node.start_mark)) from None
        line, column = _yaml_position(node, source, int(match.group(1)), int(match.group(2)))
        raise PolicyError(f"condition does not compile: {match.group(3).strip()}", rule_id=rule_id,
                          line=line, column=column) from None
    _check_names(node, source, rule_id, program, signal_names)
    return program


def _check_names(node, source: str, rule_id: str, program, signal_names: tuple[str, ...]) -> None:
    """Refuse unknown variables and unknown `derived`/`signals` keys where they are written."""
    text = _blank_strings(node.value)
    bound = set(_MACRO_BINDING.findall(text))
    for name in program.variables():
        if name not in ctx.VARIABLES and name not in bound:
            found = re.search(rf"(?<![\w.]){re.escape(name)}\b", text)
            offset = found.start() if found else 0
            raise PolicyError(f"unknown variable {name!r}; expected {', '.join(ctx.VARIABLES)}",
                              rule_id=rule_id, **_offset_position(node, source, offset))
    for variable, known in (("derived", ctx.DERIVED_KEYS), ("signals", signal_names)):
        for found in re.finditer(rf"(?<![\w.]){variable}\s*\.\s*(\w+)", text):
            if found.group(1) not in known:
                raise PolicyError(f"unknown {variable} value {found.group(1)!r}; expected {', '.join(known)}",
                                  rule_id=rule_id, **_offset_position(node, source, found.start(1)))


def _blank_strings(text: str) -> str:
    """The text with CEL string literals blanked out, keeping every offset."""
    return _STRING_LITERAL.sub(lambda m: " " * len(m.group()), text)


def _yaml_position(node, source: str, cel_line: int, cel_column: int) -> tuple[int, int]:
    lines = node.value.split("\n")
    offset = sum(len(line) + 1 for line in lines[: cel_line - 1]) + cel_column - 1
    position = _offset_position(node, source, offset)
    return position["line"], position["column"]


def _offset_position(node, source: str, offset: int) -> dict:
    """Where in the YAML file the character at `offset` of a scalar's value was written.

    The value and its source differ by quotes, escapes, indentation and folded line breaks;
    walking both together and skipping what the value does not contain lines them up.
    """
    value = node.value
    start, stop = node.start_mark.index, node.end_mark.index
    if node.style in ("|", ">"):
        start = source.index("\n", start, stop) + 1 if "\n" in source[start:stop] else stop
    elif node.style in ('"', "'"):
        start += 1
    content = value.rstrip()
    # A position past the last character (an unexpected end) is shown just after it.
    past_end = offset >= len(content)
    target = max(0, min(offset, len(content) - 1))
    i, j = 0, start
    while i < target and j < stop:
        if value[i] == source[j]:
            i, j = i + 1, j + 1
        elif value[i].isspace():
            i += 1
        else:
            j += 1
    while j < stop and source[j] != value[target]:
        j += 1
    index = min(j, stop) + (1 if past_end and content else 0)
    line_start = source.rfind("\n", 0, index) + 1
    return {"line": source.count("\n", 0, index) + 1, "column": index - line_start + 1}


def _frozen(value):
    return tuple(value) if isinstance(value, list) else value


def _evaluate_rule(rule: CompiledRule, context: dict) -> bool:
    try:
        result = rule.program.execute(context)
    except Exception as exc:  # noqa: BLE001 - any CEL runtime error is the policy's fault
        raise PolicyEvaluationError(f"condition failed: {exc}", rule_id=rule.id) from None
    if not isinstance(result, bool):
        raise PolicyEvaluationError(f"condition returned {type(result).__name__}, not a boolean",
                                    rule_id=rule.id)
    return result


def _probe(policy: CompiledPolicy, nodes: dict) -> None:
    """Evaluate every condition on sample applications, so that a condition that errors
    (`facts.facial_recognition.mode` when there is none) or is not a boolean is refused now
    rather than when a real application is screened."""
    for label, facts in PROBES:
        signals = ctx.affirmed_signals(ctx.detect_signals(facts, policy.reader))
        context = policy._context(facts, ctx.derive(facts), signals)
        for rule in policy.rules:
            try:
                _evaluate_rule(rule, context)
            except PolicyEvaluationError as exc:
                raise PolicyError(f"{exc.message} (on a sample application: {label})", rule_id=rule.id,
                                  **_at(nodes[rule.id].start_mark)) from None
