"""Reported content in shapes the clausal-complement rule misses (docs/quotes.md, "Reported speech").

- `medium_clause`: 'X said in a statement that ...', where the parser hangs the 'that' clause on the
  noun naming where it was said ('statement', 'interview', 'letter': `speech_media` in cues.json);
- `short_answer`: '46 percent of voters said yes', a share of respondents giving a one-word answer;
- `survey_finding`: 'In the latest CNN/ORC poll, he fell to 10 percent', a finding a fronted
  'in a poll/survey' phrase attributes to the poll;
- `later_complement`: 'Voters are weary; most say [they want change]', where the parser gives the cue a
  clausal complement on each side and the one before it is the narrator's clause, not the report.

Each works on one cue or noun token and its few neighbours; none walks the sentence.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from crosswire.nlp.attribution_frames import end_before_next_act, through_open_quote, trim_content, without_trailing_relative
from crosswire.nlp.cue_lexicon import CueLexicon

CLAUSE_POS = ("VERB", "AUX")
CLAUSE_BREAKS = frozenset({";", ":", "—", "–", "--"})  # punctuation that ends the narrator's clause before a new speaker's
SUBJECT_DEPS = ("nsubj", "nsubjpass")
CLAUSE_SUBJECT_DEPS = ("nsubj", "nsubjpass", "expl", "csubj")


def medium_clause(cue: Token, lexicon: CueLexicon) -> Span | None:
    """The 'that' clause the parser hung on the noun of the cue's 'in/on/via ...' phrase: 'said in a statement [that ...]'."""
    for prep in cue.rights:
        if prep.dep_ != "prep":
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.lemma_.lower() not in lexicon.speech_media:
                continue
            for clause in noun.rights:
                if clause.dep_ in ("acl", "relcl", "ccomp") and clause.pos_ in CLAUSE_POS and _opens_with_that(clause):
                    doc = cue.doc
                    return through_open_quote(trim_content(doc[clause.left_edge.i : clause.right_edge.i + 1], drop_that=True))
    return None


def _opens_with_that(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def short_answer(cue: Token, subject: Token | Span | None, lexicon: CueLexicon) -> Span | None:
    """'yes' in '46 percent of voters said yes': a one-word answer right after the cue, when a share of people gives it.

    'I said no' or 'the senator said so' report nothing a reader can check: the subject must be a share
    (a number, a percentage, 'half', 'most', 'a majority').
    """
    doc = cue.doc
    nxt = cue.i + 1
    if subject is None or nxt >= len(doc):
        return None
    word = doc[nxt]
    if word.lower_ in lexicon.short_answers and word.head.i == cue.i:
        answer = doc[nxt : nxt + 1]
    elif nxt + 1 < len(doc) and f"{word.lower_} {doc[nxt + 1].lower_}" in lexicon.short_answers:
        answer = doc[nxt : nxt + 2]
    else:
        return None
    head = subject.root if isinstance(subject, Span) else subject
    if head.like_num or head.lower_ in lexicon.share_words or any(c.like_num for c in head.children):
        return answer
    return None


def survey_finding(noun: Token, lexicon: CueLexicon) -> tuple[Token, Span] | None:
    """('in', finding) for a poll or survey named in a fronted phrase: 'In the latest poll, [he fell to 10 percent]'.

    The phrase must come before its verb and end in a comma; 'leading in the polls' and other
    trailing phrases attribute nothing often enough (a third of them on PolNeAR train) to be left alone.
    """
    prep = noun.head
    if noun.dep_ != "pobj" or noun.lemma_.lower() not in lexicon.survey_nouns or prep.lower_ != "in" or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.i < prep.i or verb.pos_ not in CLAUSE_POS:
        return None
    doc = noun.doc
    comma = prep.right_edge.i + 1
    if comma >= len(doc) or doc[comma].text != ",":
        return None
    finding = trim_content(doc[comma + 1 : verb.right_edge.i + 1])
    if finding is None or len(finding) < 2:
        return None
    return prep, through_open_quote(finding)


def later_complement(cue: Token) -> tuple[Token, Token] | None:
    """(clause before, clause after) when the parser hung a clause on each side of a speech cue and the later one is the report.

    'Kasich offered him a job, then says [he will take advice from anyone]', 'Turnout fell; organisers
    say [the rain kept people home]': the earlier clause is the narrator's (or the speaker's own act), the
    later one what was said. Taken when the cue's own subject, if it has one between the two, follows a
    clause break (`;`, `:`, a dash), and the later clause is finite with a subject or a `that`; a comma
    alone before a subject ('"It works," he said as the crowd cheered') is a speech tag, not a new report.
    Most cues have no clause before them: only those walk their right side.
    """
    before = subject = None
    for child in cue.lefts:
        if child.dep_ == "ccomp":
            before, subject = child, None
        elif child.dep_ in SUBJECT_DEPS and before is not None:
            subject = child
    if before is None:
        return None
    after = next((c for c in cue.rights if c.dep_ == "ccomp"), None)
    if after is None or after.pos_ not in CLAUSE_POS:
        return None
    if not any(k.dep_ in CLAUSE_SUBJECT_DEPS or k.dep_ == "mark" and k.lower_ == "that" for k in after.children):
        return None
    if subject is not None:
        doc = cue.doc
        if not any(doc[i].text in CLAUSE_BREAKS for i in range(before.right_edge.i + 1, subject.left_edge.i)):
            return None
    return before, after


def complement_clause(cue: Token, clause: Token, relcl: list[int] | None = None) -> Span | None:
    """The report in one clausal complement of a cue: without a leading 'that', the speaker's next act or a closing relative clause."""
    content = trim_content(Span(cue.doc, clause.left_edge.i, end_before_next_act(cue, clause)), drop_that=True)
    return None if content is None else through_open_quote(without_trailing_relative(content, relcl))
