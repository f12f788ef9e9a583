"""`crosswire.events.v1`: PLOVER events from the dependency parse, one sentence at a time.

For each sentence: find trigger verbs and nouns in the lexicon (data/triggers.tsv, checked against the
words of their frame), let a light verb carry a noun trigger ("held talks", "imposed sanctions"), drop
triggers governed by another trigger ("agreed to send" is AGREE, "accused X of attacking" is ACCUSE),
then read actors and recipients off the parse, and modality, date, place and size off the sentence.
Every event names the lexicon line that decided it in `rule`.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from spacy.tokens import Doc, Span as SpacySpan, Token

from crosswire.nlp.events.arguments import actor_at, conjuncts, resolve_phrase, state_actor
from crosswire.nlp.events.lexicon import Trigger, load_lexicon
from crosswire.nlp.events.modality import NOUN_POS, ModalityRules
from crosswire.nlp.speakers import reported_copula
from crosswire.records import Actor, Event, Span

VERB_POS = frozenset({"VERB", "AUX"})
# Dependencies that start a new, independent event: coordinated verbs, relative clauses, asides.
_INDEPENDENT = frozenset({"conj", "relcl", "parataxis", "appos", "acl"})
_FRAME_DEPS = frozenset({"prep", "agent", "dobj", "nsubjpass", "attr", "dative", "xcomp", "pobj", "npadvmod"})
# Frame markers for argument slots a lexicon line can ask for ("warn V @dobj": an addressee, not a bare report).
_MARKED_DEPS = {"dobj": "@dobj", "dative": "@dobj", "poss": "@poss"}
_CLAUSE_DEPS = frozenset({"advcl", "ccomp", "relcl", "conj", "parataxis", "csubj"})
_WAR_DOC = "crosswire.war_doc"  # Doc.user_data key: the article speaks of missiles, drones or shelling
_VERBAL_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT", "AGREE"})
_RELATIVE = frozenset({"which", "who", "that", "whom"})
# Verbs whose passive subject is the thing moved, not who receives it ("teams were dispatched" vs
# "Ghana was given a loan").
_HOSTILE_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN", "ACCUSE", "MOBILIZE"})
_FIRST_PERSON = frozenset({"our", "us", "my", "me"})
_ATTACK_PLACE_PREPS = frozenset({"in", "at", "inside", "across", "near"})
_THEME_PASSIVES = frozenset({"send", "dispatch", "deliver", "ship", "deploy", "fly", "airlift", "transfer",
                             "station", "move", "mass", "amass"})


def _dates_only(child: Token) -> bool:
    """True for a preposition whose objects are all dates or times (`on Wednesday`, `for two days`)."""
    objects = [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" else []
    return bool(objects) and all(o.ent_type_ in ("DATE", "TIME") for o in objects)


@dataclass
class _Candidate:
    token: Token  # the trigger word
    entry: Trigger
    anchor: Token  # where the arguments hang: the trigger itself, or the light verb carrying a noun
    clause: Token  # where negation and modality are read


class EventCoder:
    """spaCy component: sets doc._.cw_events to the PLOVER events of every sentence."""

    def __init__(self, nlp=None, name: str = "events"):
        self.name = name
        lex = load_lexicon()
        self.lexicon = lex
        self.rules = ModalityRules(lex.cues)
        self.light_verbs = lex.cue_set("light_verbs")
        self.noun_hosts = lex.cue_set("event_noun_hosts")
        self.reporting = lex.cue_set("reporting_verbs")
        self.recipient_preps = lex.cue_set("recipient_preps") - {"in", "over", "for", "from", "of", "between"}
        self.crowd = lex.cue_set("crowd_subjects")
        self.mode_cues = lex.cues["mode_cues"]
        self.context_cues = lex.cues["context_cues"]
        self.to_agree = lex.cue_set("future_cooperation_to_agree")
        self.to_concede = lex.cue_set("future_retreat_to_concede")
        self.speech_acts = lex.cue_set("speech_act_verbs")
        self.pronouns = lex.cue_set("pronoun_subjects")
        self.beneficiary_types = lex.cue_set("beneficiary_types")
        self.host_verbs = lex.cue_set("host_verbs")
        self.pledge_verbs = lex.cue_set("pledge_light_verbs")
        self.target_preps = lex.cue_set("deployment_target_preps")
        self.recipient_place_preps = lex.cue_set("recipient_place_preps")
        self.onward_preps = lex.cue_set("onward_recipient_preps")
        self.intent_holders = lex.cue_set("intent_holder_verbs")
        self.war_words = lex.cue_set("war_context_lemmas")
        self._war_ids = None
        self.non_recipients = lex.cue_set("non_recipient_heads")
        self.troop_nouns = lex.cue_set("troop_nouns")
        self.aid_place_preps = lex.cue_set("aid_place_preps")
        self.subordinators = lex.cue_set("fronted_clause_subordinators")
        self.from_types = lex.cue_set("from_recipient_types")
        self.hazards = lex.cue_set("hazard_agents")
        self._lemma_ids = None
        self._strings = None

    def __call__(self, doc: Doc) -> Doc:
        events: list[Event] = []
        quotes = doc._.cw_quotes or ()
        lemmas = doc.to_array("LEMMA") if len(doc) else None
        hits = self._lexicon_hits(doc, lemmas)
        if hits.size:
            doc.user_data[_WAR_DOC] = bool(np.isin(lemmas, self._war_ids).any())
            for sent in doc.sents:
                lo, hi = np.searchsorted(hits, (sent.start, sent.end))
                if lo < hi:
                    events.extend(self.code_sentence(doc, sent, quotes, hits[lo:hi].tolist()))
        doc._.cw_events = events
        return doc

    def _lexicon_hits(self, doc: Doc, lemmas: np.ndarray | None = None) -> np.ndarray:
        """Token indices whose lemma is a lexicon lemma: one vectorised pass instead of a Python loop."""
        strings = doc.vocab.strings
        if self._lemma_ids is None or self._strings is not strings:
            self._strings = strings
            self._lemma_ids = np.array(
                sorted({strings.add(v) for v in self.lexicon.lemmas} | {strings.add(v.capitalize()) for v in self.lexicon.lemmas}),
                dtype="uint64",
            )
            # the `@wardoc` frame marker: the article speaks of missiles, drones or shelling
            self._war_ids = np.array(sorted(strings.add(w) for w in self.war_words), dtype="uint64")
        if not len(doc):
            return np.zeros(0, dtype="int64")
        if lemmas is None:
            lemmas = doc.to_array("LEMMA")
        return np.nonzero(np.isin(lemmas, self._lemma_ids))[0]

    # --- finding triggers ---------------------------------------------------------------------
    def code_sentence(self, doc: Doc, sent: SpacySpan, quotes=(), hits: list[int] | None = None) -> list[Event]:
        """The PLOVER events one sentence reports (`hits`: the sentence's lexicon lemmas, when already known)."""
        found: list[_Candidate] = []
        for token in sent if hits is None else (doc[i] for i in hits):
            candidate = self._candidate(token)
            if candidate is not None:
                found.append(candidate)
        if not found:
            return []
        found = self._prefer_nouns_of_light_verbs(found)
        kept = [c for c in self._drop_governed(found) if not self._caused_by_hazard(c)]
        events = [self._event(doc, sent, c, quotes) for c in kept]
        # a bare noun with nobody attached ("the military support") says nothing codable
        return [
            e for e, c in zip(events, kept)
            if e.actors or e.recipients or c.entry.pos == "V" or c.token.dep_ not in ("pobj", "dobj", "conj", "appos")
        ]

    def _candidate(self, token: Token) -> _Candidate | None:
        pos = "V" if token.pos_ in VERB_POS else "N" if token.pos_ in NOUN_POS else None
        if pos is None:
            return None
        lemma = token.lemma_.lower()
        entries = self.lexicon.lookup(pos, lemma)
        if not entries:
            return None
        if pos == "V" and lemma in self.reporting and any(c.dep_ == "ccomp" for c in token.children):
            if lemma not in self.speech_acts and not any(c.dep_ == "dobj" for c in token.children):
                return None  # "warned that ...", "denied that ...": a report ("warned NATO that ..." is aimed)
        if not (entries[0].needs or entries[0].excludes):
            entry = entries[0]  # a catch-all first line matches any frame: skip building it
        else:
            frame = self._frame(token)
            entry = next((e for e in entries if e.matches(frame)), None)
        if entry is None:
            return None
        anchor = clause = token
        if pos == "N":
            anchor, clause = self._noun_anchor(token)
        return _Candidate(token, entry, anchor, clause)

    def _frame(self, token: Token) -> set[str]:
        """Lemmas around a trigger: its children, their objects and modifiers, and its head."""
        words = {token.head.lemma_.lower()} if token.head.i != token.i else set()
        if token.doc.user_data.get(_WAR_DOC):
            words.add("@wardoc")
        for child in token.children:
            if _dates_only(child):
                continue  # "called the plan a provocation on Wednesday": a date, not the `call on` frame
            words.add(child.lemma_.lower())
            words.add(child.lower_)
            if child.dep_ in _MARKED_DEPS and child.pos_ in NOUN_POS:  # "@dobj": "warned NATO that ..." has an addressee
                words.add(_MARKED_DEPS[child.dep_])
            if child.dep_ == "ccomp":  # "asked whether ...": the clause's marker or wh-word
                words.update(g.lower_ for g in child.children if g.dep_ in ("mark", "advmod") and g.i < child.i)
            if child.dep_ in _FRAME_DEPS or child.dep_ in ("compound", "amod", "nmod"):
                for grand in child.children:
                    if grand.dep_ in _CLAUSE_DEPS:
                        continue  # "vows to stay as voters punish X": another clause's verb is no frame word
                    words.add(grand.lemma_.lower())
                    if grand.dep_ in ("pobj", "compound", "amod"):
                        words.update(g.lemma_.lower() for g in grand.children if g.dep_ in ("compound", "amod"))
                    elif grand.dep_ == "prep" and child.dep_ in ("dobj", "nsubjpass"):  # "40 trucks of wheat"
                        for obj in grand.children:
                            if obj.dep_ == "pobj":
                                words.update(t.lemma_.lower() for t in obj.conjuncts)
                                words.add(obj.lemma_.lower())
        return words

    def _noun_anchor(self, noun: Token) -> tuple[Token, Token]:
        head = noun.head
        if head.i == noun.i:
            return noun, noun
        if noun.dep_ in ("dobj", "nsubjpass", "attr", "oprd") and head.lemma_.lower() in self.light_verbs:
            return head, head
        if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.lemma_.lower() in ("go", "launch", "stage"):
            return head.head, head.head  # "went on strike"
        if noun.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in self.noun_hosts:
            return noun, head
        if noun.dep_ == "pobj" and head.lower_ == "for" and head.head.pos_ in VERB_POS and not self._is_trigger_verb(
            head.head
        ):  # "travelled to Paris for talks with ...": the trip carries the talks
            return head.head, head.head
        if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ in ("dobj", "nsubjpass", "attr"):
            carrier = head.head.head  # "held a round of consultations", "began a wave of arrests"
            if carrier.lemma_.lower() in self.light_verbs:
                return carrier, carrier
        return noun, noun

    def _is_trigger_verb(self, verb: Token) -> bool:
        frame = None
        for entry in self.lexicon.lookup("V", verb.lemma_.lower()):
            frame = self._frame(verb) if frame is None else frame
            if entry.matches(frame):
                return True
        return False

    def _prefer_nouns_of_light_verbs(self, found: list[_Candidate]) -> list[_Candidate]:
        """`launched an attack`, `held talks`: the noun names the event, the light verb only carries it."""
        carried = {c.anchor.i for c in found if c.anchor.i != c.token.i}
        return [
            c for c in found
            if not (c.token.i in carried and c.entry.pos == "V" and c.token.lemma_.lower() in self.light_verbs)
        ]

    def _caused_by_hazard(self, c: _Candidate) -> bool:
        """'Floods killed 40', 'killed by the earthquake', 'injured in the quake': a hazard or an accident is
        nobody's act, and PLOVER codes what actors do."""
        verb = c.token
        if c.entry.pos != "V" or verb.pos_ not in VERB_POS:
            return False
        causes = []
        for child in verb.children:
            if child.dep_ == "nsubj":
                causes.append(verb.head if child.lower_ in _RELATIVE and verb.dep_ == "relcl" else child)
            elif child.dep_ == "agent":
                causes.extend(g for g in child.children if g.dep_ == "pobj")
        if not causes and any(ch.dep_ == "nsubjpass" for ch in verb.children):
            causes = self._prep_objects(verb, ("in", "by", "from"))  # a passive's cause may be a preposition's object
        elif not causes:
            causes = self._inherited_subject(verb)  # "... and killed nine villagers", "the strongest to hit"
            causes += [t.head for t in causes if t.dep_ == "appos"]
        words = [w for t in causes for w in (t, *(ch for ch in t.children if ch.dep_ == "compound"))]
        return any(w.lemma_.lower() in self.hazards or w.lower_ in self.hazards for w in words)  # 'Typhoon Haikui'

    def _drop_governed(self, found: list[_Candidate]) -> list[_Candidate]:
        if len(found) == 1:
            return found
        kept = []
        for c in found:
            others = {o.anchor.i for o in found if o is not c} | {o.token.i for o in found if o is not c}
            others.discard(c.anchor.i)
            tok = c.token
            governed = False
            while tok.head.i != tok.i and not self._independent(tok):
                tok = tok.head
                if tok.i in others:
                    governed = True
                    break
            if not governed:
                kept.append(c)
        return kept or found[:1]

    # --- building the event ---------------------------------------------------------------------
    def _event(self, doc: Doc, sent: SpacySpan, c: _Candidate, quotes) -> Event:
        entry = c.entry
        etype, mode, context = entry.type, entry.mode, entry.context
        rule = entry.rule
        actors, recipients = self._arguments(doc, c)
        own = {a.country for a in actors if a.country}
        foreign = any(a.country and a.country not in own for a in recipients)
        if etype == "AID" and not foreign and self._moves_troops(c.anchor):
            # troops sent to one's own frontier are a deployment, not aid to anyone (PLOVER MOBILIZE)
            etype, mode, context, rule = "MOBILIZE", "troops", "military", rule + "|own>MOBILIZE"
            recipients = recipients + self._deployment_target(doc, c.anchor, actors)
        if etype == "CONSULT" and entry.lemma in self.host_verbs and recipients:
            actors, recipients = recipients, actors  # the visitor is the actor, the host the recipient
            rule += "|host>swap"
        if c.token.pos_ in VERB_POS and self._crowd_subject(c.anchor):
            if etype == "ASSAULT":  # a crowd turning violent is a riot (PLOVER PROTEST 'riot')
                etype, mode, rule = "PROTEST", "riot", rule + "|crowd>PROTEST"
            elif etype == "COERCE":  # a crowd blocking a place obstructs (PROTEST 'obstruct')
                etype, mode, rule = "PROTEST", "obstruct", rule + "|crowd>PROTEST"
        elif etype == "PROTEST" and (c.entry.pos == "V" or c.anchor.i != c.token.i) and self._state_subject(
            doc, c.anchor, actors
        ):  # "China protested", "lodged a formal protest with China": a diplomatic protest
            etype, mode, rule = "ACCUSE", "disapprove", rule + "|state>ACCUSE"
        negated = self.rules.negated(c.clause, c.token)
        modality, source = self.rules.modality(doc, c.clause, quotes)
        if (etype in _HOSTILE_TYPES and source is not None and source.actor is not None and source.actor.country
                and source.actor.country not in own and not any(a.country for a in recipients)
                and self._first_person_target(c.anchor)):  # "Russian missiles hit our hospital," the mayor said
            recipients = recipients + [state_actor(source.actor.country)]
            rule += "|speaker>recipient"
        if c.anchor.i != c.token.i and c.anchor.lemma_.lower() in self.pledge_verbs and etype in self.to_agree:
            etype, mode, rule = "AGREE", None, rule + "|offer>AGREE"  # "offered Belgrade loans": a promise of aid
        elif modality == "future" and etype in self.to_agree:
            etype, mode, rule = "AGREE", None, rule + f"|future>{'AGREE'}"
        elif modality == "future" and etype in self.to_concede:
            etype, mode, rule = "CONCEDE", None, rule + "|future>CONCEDE"
        need_mode = mode is None and etype in self.mode_cues
        if need_mode or context is None:  # cue words only when the lexicon line leaves a field open
            lemmas = [t.lemma_.lower() for t in c.anchor.subtree]
            if need_mode:
                cues = self.mode_cues[etype]
                mode = next((cues[w] for w in lemmas if w in cues), None)
            if context is None:
                context = next((self.context_cues[w] for w in lemmas if w in self.context_cues), None)
        left, right = c.anchor.left_edge, c.anchor.right_edge  # the subtree's first and last tokens
        start, end = left.idx, right.idx + len(right)
        confidence = self._confidence(c, actors)
        return Event(
            type=etype, start=start, end=end, trigger=self._trigger_span(doc, c), mode=mode, context=context,
            actors=tuple(actors), recipients=tuple(recipients), date=self.rules.date(doc, sent, c.clause, etype, modality),
            place=self.rules.place(doc, sent, c.anchor, etype), size=self.rules.size(sent, c.anchor), negated=negated,
            modality=modality, source=source, confidence=confidence, rule=rule,
        )

    def _independent(self, tok: Token) -> bool:
        """Whether `tok` starts an event of its own rather than part of its head's event."""
        if tok.dep_ == "acl" and any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in tok.children):
            return False  # "blocked Ukraine's bid to open talks": the infinitive completes the noun
        return tok.dep_ in _INDEPENDENT or self._fronted_clause(tok)

    def _fronted_clause(self, verb: Token) -> bool:
        """A subordinate clause before its main verb ("After Russia struck the grid, ..."): an event told in its own right."""
        return verb.dep_ == "advcl" and verb.i < verb.head.i and any(
            ch.dep_ in ("mark", "advmod") and ch.i < verb.i and ch.lower_ in self.subordinators for ch in verb.children
        )

    @staticmethod
    def _first_person_target(verb: Token) -> bool:
        """The action's object is the speaker's own side: "our hospital", "us"."""
        objects = [ch for ch in verb.children if ch.dep_ in ("dobj", "dative", "nsubjpass")]
        objects += [g for p in verb.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
        return any(
            o.lower_ in _FIRST_PERSON or any(g.dep_ == "poss" and g.lower_ in _FIRST_PERSON for g in o.children)
            for o in objects
        )

    @staticmethod
    def _left_place(prep: Token) -> list[Token]:
        """The place a `from` / `out of` phrase leaves."""
        if prep.lower_ == "from":
            return [g for g in prep.children if g.dep_ == "pobj"]
        if prep.lower_ == "out":
            return [g for p in prep.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        return []

    def _moves_troops(self, verb: Token) -> bool:
        """The verb's object is troops ("sent thousands of extra soldiers")."""
        for obj in (ch for ch in verb.children if ch.dep_ == "dobj"):
            if obj.lemma_.lower() in self.troop_nouns:
                return True
            if any(o.lemma_.lower() in self.troop_nouns for o in self._prep_objects(obj, ("of",))):
                return True
        return False

    @staticmethod
    def _state_subject(doc: Doc, verb: Token, actors: list[Actor]) -> bool:
        """A state or organisation itself is the subject ("Greek dockworkers" are people, not Greece)."""
        subjects = [ch for ch in verb.children if ch.dep_ == "nsubj"]
        if not subjects:
            return any(a.kind in ("state", "igo") for a in actors)
        found = [actor_at(doc, t) for s in subjects for t in conjuncts(s)]
        return any(a is not None and a.kind in ("state", "igo") for a in found)

    def _crowd_subject(self, verb: Token) -> bool:
        return any(  # "union" the crowd word, not the European Union
            ch.dep_ == "nsubj" and ch.lemma_.lower() in self.crowd and ch.ent_type_ not in ("ORG", "GPE", "NORP")
            for ch in verb.children
        )

    def _trigger_span(self, doc: Doc, c: _Candidate) -> Span:
        tokens = [c.token] + [ch for ch in c.token.children if ch.dep_ == "prt"]
        if c.anchor.i != c.token.i and c.anchor.pos_ in VERB_POS and abs(c.anchor.i - c.token.i) <= 4:
            tokens.append(c.anchor)
        first = min(tokens, key=lambda t: t.i)
        last = max(tokens, key=lambda t: t.i)
        # doc[a:b].text, not doc.text[...]: Doc.text rebuilds the whole text on every access
        return Span(text=doc[first.i : last.i + 1].text, start=first.idx, end=last.idx + len(last))

    def _confidence(self, c: _Candidate, actors: list[Actor]) -> float:
        depth, tok = 0, c.anchor
        while tok.head.i != tok.i and depth < 6:
            if self._fronted_clause(tok):
                depth += 0.5  # "After Russia struck the grid, ...": a fronted clause's event is told, not backgrounded
            elif tok.dep_ not in ("ccomp", "parataxis") or tok.head.lemma_.lower() not in self.reporting:
                depth += 1
            tok = tok.head
        score = c.entry.weight * (1.0 - 0.08 * min(depth, 5))
        if not any(a.country for a in actors):
            score -= 0.1
        if c.anchor.i == c.token.i and c.entry.pos == "N":
            score -= 0.05
        return round(max(0.05, min(0.99, score)), 3)

    # --- actors and recipients ---------------------------------------------------------------------
    def _arguments(self, doc: Doc, c: _Candidate) -> tuple[list[Actor], list[Actor]]:
        if c.anchor.pos_ in VERB_POS:
            actor_heads, recipient_heads, patient_heads = self._verb_arguments(c.anchor, c.entry.type)
            if c.token.i != c.anchor.i:  # the noun a light verb carries: "talks with X", "sanctions on Y"
                more_actors, more_recipients = self._noun_arguments(c.token, c.entry.type)
                if c.token.dep_ in ("nsubj", "nsubjpass"):  # "Japan's donation ... was completed": the noun's owner acts
                    actor_heads = [h for h in actor_heads if h.i != c.token.i] or more_actors
                    patient_heads = [h for h in patient_heads if h.i != c.token.i]
                else:
                    actor_heads += [h for h in more_actors if h.dep_ == "pobj" and h.head.lower_ == "between"]
                recipient_heads += more_recipients
        else:
            actor_heads, recipient_heads = self._noun_arguments(c.token, c.entry.type)
            patient_heads = []
        recipient_heads = [h for h in recipient_heads if h.lemma_.lower() not in self.non_recipients]
        actors = self._resolve(doc, actor_heads, keep_unresolved=True)
        if any(a.country for a in actors):  # a stray headline word parsed as a co-subject
            actors = [a for a in actors if a.country or a.kind != "unknown"]
        recipients = self._resolve(doc, recipient_heads, keep_unresolved=False)
        if not any(a.country for a in recipients):  # "to aid agencies working in Sudan": where they are
            recipients += self._resolve(doc, self._located_in(recipient_heads + patient_heads), keep_unresolved=False)
        harm = c.entry.type in ("ASSAULT", "COERCE")  # victims count even when nobody resolves them
        recipients += [a for a in self._resolve(doc, patient_heads, keep_unresolved=harm) if harm or a.country]
        own = {a.country for a in actors if a.country}
        if not any(a.country and a.country not in own for a in recipients):  # "an embargo on arms sales to Israel"
            onward = self._located_in(recipient_heads + patient_heads, self.onward_preps)
            recipients += self._resolve(doc, onward, keep_unresolved=False)
        own = {a.country for a in actors if a.country}
        if c.entry.type == "ASSAULT" and not any(a.country for a in recipients):
            recipients += self._attacked_country(doc, c.anchor, actors)
        elif c.entry.type == "AID" and not any(a.country for a in recipients):  # "airdropped food over northern Gaza"
            recipients += self._attacked_country(doc, c.anchor, actors, self.aid_place_preps, objects=False)
        elif c.entry.type == "MOBILIZE" and not any(a.country and a.country not in own for a in recipients):
            recipients += self._deployment_target(doc, c.anchor, actors)
        actor_ids = {a.id for a in actors}
        seen: set[str] = set()
        unique = []
        for actor in recipients:
            if actor.country and actor.country != "IGO" and actor.country in own and c.entry.type != "CONSULT":
                continue  # "withdrew its troops from Niger": the actor's own side is not who it acts on
            if actor.id not in actor_ids and actor.id not in seen:
                seen.add(actor.id)
                unique.append(actor)
        return actors, unique

    def _resolve(self, doc: Doc, heads: list[Token], keep_unresolved: bool) -> list[Actor]:
        out: list[Actor] = []
        seen: set[str] = set()
        for head in heads:
            for actor, _token in resolve_phrase(doc, head, keep_unresolved=keep_unresolved):
                if actor.id not in seen:
                    seen.add(actor.id)
                    out.append(actor)
        return out

    def _verb_arguments(self, verb: Token, etype: str) -> tuple[list[Token], list[Token], list[Token]]:
        actors: list[Token] = []
        recipients: list[Token] = []
        patients: list[Token] = []
        clause_subjects: list[Token] = []
        passive = any(ch.dep_ in ("nsubjpass", "auxpass") for ch in verb.children)
        for child in verb.children:
            dep = child.dep_
            if dep == "nsubj":
                actors.append(child)
                if child.pos_ == "NOUN":  # "an air raid on Damascus killed ...": the subject event's target
                    recipients.extend(self._prep_objects(child, ("on", "against")))
            elif dep == "agent":
                actors.extend(g for g in child.children if g.dep_ == "pobj")
            elif dep == "nsubjpass":
                patients.append(child)
            elif dep == "dative" and child.pos_ == "ADP":  # "send supplies to Morocco" parsed as dative "to"
                recipients.extend(g for g in child.children if g.dep_ == "pobj")
            elif dep in ("dobj", "dative", "iobj"):
                doers = []
                if etype in _VERBAL_TYPES:  # "the killing of civilians by X", "the sentencing of an activist by X"
                    doers = self._prep_objects(child, ("by",)) or [
                        d for o in self._prep_objects(child, ("of",)) for d in self._prep_objects(o, ("by",))]
                if doers:  # "denounced the sentencing of an activist by a Moscow court": the court is accused
                    recipients.extend(doers)
                    continue
                patients.append(child)
                for prep in child.children:  # "sanctions on Iran", "cooperation between X and Y"
                    if prep.dep_ == "prep" and (prep.lower_ in self.recipient_preps or prep.lower_ == "between"
                                                or (prep.lower_ == "for" and etype in self.beneficiary_types)):
                        recipients.extend(g for g in prep.children if g.dep_ == "pobj")
            elif dep == "prep" and child.lower_ in self.recipient_preps:
                recipients.extend(g for g in child.children if g.dep_ == "pobj")
            elif dep == "prep" and etype in self.from_types:  # "withdrew its troops from Lebanon", "pulled out of X"
                recipients.extend(self._left_place(child))
            elif dep in ("ccomp", "xcomp") and etype in _VERBAL_TYPES:
                clause_subjects.extend(g for g in child.children if g.dep_ in ("nsubj", "nsubjpass"))
        if clause_subjects and not any(ch.dep_ in ("dobj", "dative") for ch in verb.children):
            recipients.extend(clause_subjects)  # "demanded that the US stop"; "warned NATO that ..." has its addressee
        parties = [p for p in patients if not (p.like_num or p.pos_ == "NUM")]  # "$10 billion" is no party
        if not recipients and not parties and etype in _VERBAL_TYPES:  # "agreed to supply Bangladesh", "threatened to cut ties with X"
            recipients = self._governed_recipients(verb)
        if passive and not actors:  # "was supplied with cluster munitions by the United States": `by` on the object
            actors = [g for o in self._prep_objects(verb, ("with",)) for g in self._prep_objects(o, ("by",))]
        if passive and not actors and verb.lemma_.lower() in _THEME_PASSIVES:
            # "Turkish rescue teams were dispatched": the theme's owner sends; "the drones were deployed": nobody named
            actors = [p for p in patients if resolve_phrase(verb.doc, p, keep_unresolved=False)]
            patients = []
        if actors and actors[0].lower_ in _RELATIVE and verb.dep_ == "relcl":
            actors = [verb.head]
        if not actors and not passive:
            actors = self._inherited_subject(verb)
        actors = [self._antecedent(a) for a in actors]
        return actors, recipients, patients

    def _antecedent(self, token: Token) -> Token:
        """"Russia said it would ...": a pronoun subject stands for the subject of the verb reporting it."""
        if token.lower_ not in self.pronouns:
            return token
        tok = token.head
        for _ in range(4):
            if tok.head.i == tok.i:
                break
            if tok.dep_ in ("ccomp", "parataxis", "xcomp", "advcl", "conj"):
                head = tok.head
                subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subject is not None and subject.lower_ not in self.pronouns:
                    return subject
                tok = head
            else:
                break
        return token

    def _attacked_country(self, doc: Doc, anchor: Token, actors: list[Actor], preps=_ATTACK_PLACE_PREPS,
                          objects: bool = True) -> list[Actor]:
        """Strikes "in southern Lebanon" hit Lebanon: a foreign country where the attack (or the aid) happened."""
        own = {a.country for a in actors if a.country}
        heads = [anchor] + [c for c in anchor.children if c.dep_ == "dobj"]  # "struck an airport in ..."
        places = doc._.cw_places or ()
        targets = heads[1:] + [o for h in heads[1:] for o in self._prep_objects(h, ("of",))] if objects else []
        for target in targets:  # "pounded Kharkiv", "bombed the port of Hodeidah": a place as the object
            place = next((p for p in places if p.start <= target.idx < p.end), None)
            if place is not None and place.country and place.country not in own:
                return [state_actor(place.country)]
        for _depth in range(2):  # "at a market in Pakistan's north": one nested place phrase
            objects = [
                obj for head in heads for prep in head.children
                if prep.dep_ == "prep" and prep.lower_ in preps
                for obj in prep.children if obj.dep_ == "pobj"
            ]
            for obj in objects:
                for actor, _tok in resolve_phrase(doc, obj, keep_unresolved=False):
                    if actor.country and actor.country not in own and actor.country != "IGO":
                        return [actor]
            heads = objects
        return []

    def _inherited_subject(self, verb: Token) -> list[Token]:
        tok = verb
        for _ in range(3):
            if tok.head.i == tok.i:
                return []
            if tok.i != verb.i and tok.pos_ in NOUN_POS and tok.dep_ == "dobj":
                return self._intent_owner(tok)  # "had no intention of resigning": who has the intention
            if tok.dep_ == "acl" and any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in tok.children):
                return self._intent_owner(tok.head)  # "Putin has no plans to visit": Putin, not the plans
            if tok.dep_ in ("relcl", "acl"):
                return [tok.head]
            if tok.dep_ not in ("xcomp", "conj", "advcl", "ccomp", "pcomp", "prep"):
                return []
            if tok.dep_ == "conj" and reported_copula(tok.head, self.reporting):
                tok = tok.head  # "X said the deal was fair and rejected ...": X rejected, not the deal
                continue
            tok = tok.head
            subject = [ch for ch in tok.children if ch.dep_ in ("nsubj", "nsubjpass")]  # "China is expected to"
            if subject:
                return subject
            agent = [g for ch in tok.children if ch.dep_ == "agent" for g in ch.children if g.dep_ == "pobj"]
            if agent:
                return agent
        return []

    def _intent_owner(self, noun: Token) -> list[Token]:
        """Whose plan, offer or decision an infinitive completes: its owner (`Iran's offer to meet`), or the
        subject of a verb that has or states it (`Putin has no plans to visit`, `the court made a decision to`);
        nobody for other verbs (`rejected an offer to meet`, `give the chair authority to call`)."""
        owner = [ch for ch in noun.children if ch.dep_ == "poss"]
        if owner or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in self.intent_holders:
            return owner
        return [ch for ch in noun.head.children if ch.dep_ in ("nsubj", "nsubjpass")]

    def _noun_arguments(self, noun: Token, etype: str) -> tuple[list[Token], list[Token]]:
        actors: list[Token] = []
        recipients: list[Token] = []
        for child in noun.children:
            dep = child.dep_
            if dep == "poss" or (dep in ("amod", "compound") and (child.ent_type_ or child.pos_ == "PROPN")):
                actors.append(child)
            elif dep == "compound" and any(g.dep_ in ("compound", "poss", "amod") and g.ent_type_ for g in child.children):
                actors.append(child)  # headline "Belarus leader pardons ...": the verb read as a noun
            elif dep == "prep" and child.lower_ in ("by", "between", "among"):
                actors.extend(g for g in child.children if g.dep_ == "pobj")
            elif dep == "prep" and (child.lower_ in self.recipient_preps
                                    or (child.lower_ == "for" and etype in self.beneficiary_types)):
                recipients.extend(g for g in child.children if g.dep_ == "pobj")
            elif dep == "prep" and etype in self.from_types and self._left_place(child):
                recipients.extend(self._left_place(child))  # "the withdrawal of its troops from Niger"
            elif dep == "prep" and child.lower_ == "of" and etype in self.beneficiary_types:
                for thing in (g for g in child.children if g.dep_ == "pobj"):  # "delivery of rifles to Latvia"
                    recipients.extend(self._prep_objects(thing, ("to",)))
        return actors, recipients

    @staticmethod
    def _prep_objects(token: Token, preps) -> list[Token]:
        """Objects of the token's prepositions named in `preps`."""
        return [g for p in token.children if p.dep_ == "prep" and p.lower_ in preps for g in p.children if g.dep_ == "pobj"]

    def _governed_recipients(self, verb: Token) -> list[Token]:
        """Who the action in a trigger's infinitive is aimed at: "agreed to supply Bangladesh", "refused to work with X"."""
        out: list[Token] = []
        comps = [c for c in verb.children if c.dep_ == "xcomp"]
        comps += [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.children if g.dep_ == "pcomp"]
        for comp in comps:
            if comp.pos_ not in VERB_POS:
                continue
            for child in comp.children:
                if child.dep_ in ("dobj", "dative", "iobj") and child.pos_ != "ADP":
                    out.append(child)
                    named = child.ent_type_ or any(g.ent_type_ and g.pos_ != "PRON" for g in child.children)
                    if not named:  # "cut its ties with X", but "EU sanctions against X" are the EU's
                        out.extend(self._prep_objects(child, self.recipient_preps))
                elif child.dep_ in ("prep", "dative") and child.lower_ in self.recipient_preps:
                    out.extend(g for g in child.children if g.dep_ == "pobj")
        return out

    def _located_in(self, heads: list[Token], preps=None) -> list[Token]:
        """Where unresolved recipients are: "refugees in Sudan", "charities working in Tunisia" (or `preps`)."""
        preps = self.recipient_place_preps if preps is None else preps
        out: list[Token] = []
        for head in heads:
            out.extend(self._prep_objects(head, preps))
            for clause in head.children:
                if clause.dep_ in ("acl", "relcl"):
                    out.extend(self._prep_objects(clause, preps))
        return out

    def _deployment_target(self, doc: Doc, anchor: Token, actors: list[Actor]) -> list[Actor]:
        """Forces sent "around Taiwan", "to its border with Guyana", "near islands held by Japan": that country."""
        own = {a.country for a in actors if a.country}
        heads = [anchor] + [c for c in anchor.children if c.dep_ == "dobj"]
        heads += [t for o in self._prep_objects(heads[-1], ("of",)) for t in conjuncts(o)] if len(heads) > 1 else []
        for obj in (o for head in heads for o in self._prep_objects(head, self.target_preps)):
            named = [obj] + self._prep_objects(obj, ("with",))  # the place itself, or the other side of a border
            named += self._prep_objects(obj, self.target_preps)  # "to the airspace near Taiwan"
            named += [g for clause in obj.children if clause.dep_ == "acl"  # "a reef claimed by Manila"
                      for agent in clause.children if agent.dep_ == "agent" for g in agent.children if g.dep_ == "pobj"]
            for head in named:
                actor = actor_at(doc, head)
                if actor is not None and actor.country and actor.country not in own and actor.country != "IGO":
                    return [actor]
        return []
