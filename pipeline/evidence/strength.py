"""How strong a sentence is as evidence: assertion < activity < quantified < impact.

Two sources: a trained scikit-learn model (``models/strength.skops``, see
``pipeline.evidence.train``) and transparent rules (cue phrases for impact, figures and
dates, assertion wording). The model decides; the rules judge alone only when a run asks
for it (``--no-model``), and always supply the cues that explain a decision in the pack.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from pipeline.values import STRENGTHS, Strength

_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
DATE = re.compile(
    rf"\b(?:{_MONTHS}\.?\s+(?:19|20)\d\d|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS}\s+(?:19|20)\d\d|"
    rf"(?:19|20)\d\d\s*[/-]\s*\d\d\b|q[1-4]\s+(?:19|20)\d\d|\d{{1,2}}/\d{{1,2}}/(?:19|20)?\d\d|"
    rf"(?:in|during|since|by|from|until|throughout)\s+(?:19|20)\d\d)",
    re.IGNORECASE,
)
PERCENT = re.compile(r"\b\d+(?:\.\d+)?\s?%|\bper\s?cent\b", re.IGNORECASE)
_NOT_A_COUNT = re.compile(
    r"\b(?:level|standard|standards|section|s|q|question|tier|phase|stage|version|v|act|"
    r"together|kcsie|appendix|page|paragraph|para|chapter|step|wt|ch)\s*\(?(?:\d+|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven)\)?|"
    r"\b\d+[- ]minute\b|\b24/7\b|\b(?:19|20)\d\d\b|\b\d+(?:st|nd|rd|th)\b|^\s*\d+[.)]\s|"
    # the agency's size, not a measure of what it did: "We have 5 trustees", "employs 240 staff"
    r"\b(?:has|have|employs?|employing)\s+(?:about |around |over |some |nearly |almost |just )?"
    r"\d[\d,]*\s+(?:(?:paid|full-time|part-time|permanent|regular|active|registered|trained|"
    r"sessional|casual) )?(?:staff|trustees?|members?|volunteers?|employees?|people|officers|"
    r"schools|academies|sites|practices|branches|teams|clubs|beds|homes|properties|pupils|"
    r"students|coaches|workers|colleagues|councillors|governors)\b",
    re.IGNORECASE,
)
COUNT = re.compile(
    r"\b\d{1,3}(?:,\d{3})*(?:\.\d+)?\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|fifteen|twenty|thirty|forty|fifty|hundred|dozen|half|quarter|twice|quarterly|"
    r"monthly|weekly|annually|bi-monthly|fortnightly)\b",
    re.IGNORECASE,
)
IMPACT = re.compile(
    r"\b(?:as a result|resulted in|result of this|led to|leading to|which means|this means|"
    r"has (?:improved|reduced|increased|led)|have (?:improved|reduced|increased)|improvements? in|"
    r"improved (?:from|to|by)|(?:rose|fell|increased|decreased|reduced|dropped|doubled|halved|grew|"
    r"went up|went down|climbed|improved) (?:from|to|by)|up from|down from|compared (?:with|to)|"
    r"re-?audit\w* (?:found|showed|shows|in \w+ (?:found|showed))|now (?:routinely|consistently|"
    r"able|feel|report|use|record|includes?|see|know)|you said|we did|in response to (?:their|"
    r"young|children|feedback)|feedback (?:showed|led|from young)|changed (?:as a result|because|"
    r"following)|because (?:young people|children) told|outcomes? for (?:children|young)|fewer|"
    r"reduction in|increase in|improvement in|more confident|better able|this has (?:meant|helped|"
    r"enabled|improved)|which has (?:meant|helped|enabled|improved|reduced|increased)|evidenced "
    r"by an? (?:increase|reduction|improvement))",
    re.IGNORECASE,
)
ASSERTION = re.compile(
    r"\b(?:committed to|commitment to|we value|value the|values|ensure[sd]?|strive|dedicated to|"
    r"robust|embedded|everyone'?s (?:business|responsibility)|(?:a|our|top) priority|passionate|"
    r"we recognise|all staff are aware|we believe|high standards?|takes? \w* ?seriously|"
    r"strong culture|continue to|continues to|always|fully aware|at the heart of|paramount|"
    r"proud|we aim|we seek)\b",
    re.IGNORECASE,
)
ACTIVITY = re.compile(
    r"\b(?:introduced|implemented|delivered|established|appointed|attends?|attended|reviewed|"
    r"audited|audits|published|launched|developed|created|holds?|held|meets?|met|reports? to|"
    r"reported|chairs?|chaired|trained|completed|undert(?:ook|akes)|carried out|set up|rolled out|"
    r"commissioned|recruited|updated|revised|monitors?|monitored|checks?|checked|runs?|ran|"
    r"produced|issued|agreed|approved|adopted|signed|provides?|provided|offers?|offered|"
    r"includes?|included|uses?|used|records?|recorded|requires?|required|sits? on|oversees?|"
    r"receives?|received|is responsible|are responsible|leads?|led|has a|have a)\b",
    re.IGNORECASE,
)
FUTURE = re.compile(
    # "will" and any verb ("will go to the Board", "will add feedback forms"), not a rule that
    # holds now ("HR will not confirm a start date until...") or a courtesy ("I hope the panel
    # will forgive the length")
    r"(?<!hope the panel )(?<!hope you )"
    r"\b(?:will (?!not\b|never\b|forgive\b|excuse\b)(?:also |then |now |shortly |soon )?[a-z]+|"
    r"plan(?:s|ned)? to|intend(?:s|ed)? to|"
    r"are planning|is planned|aim to|aims to|going to|propose(?:s|d)? to|are developing|(?:is|are) "
    r"being (?:developed|drafted|written|prepared)|(?:our|the) priorities for (?:20\d\d|the "
    r"coming|next)|will be developed|in the coming (?:year|months)|next year|over the next|"
    r"by the end of (?:20\d\d|the year|next)|it is our intention|we hope to|we would like to|"
    r"we are looking to|"
    r"(?:are|is) (?:now )?(?:arranging|planning|introducing|setting up|working (?:on|towards)|"
    r"being (?:extended|introduced|developed|rolled out|piloted))|(?:is|are) due (?:to|their|"
    r"its)|"
    # booked or going ahead on a date still to come: "goes to trustees in November 2021",
    # "is booked for November", "has booked checks ... in October"
    r"(?:goes|go|is going|are going|(?:is|are|has been|have been) (?:booked|scheduled|"
    r"timetabled|arranged)|(?:has|have) (?:booked|scheduled|arranged))\b[^.;]{0,80}?"
    r"\b(?:in|for|on|from|by) (?:early |late |mid-)?" + _MONTHS + r"\b"
    r"(?![^.;]*\b(?:each|every) (?:year|month|quarter|term)\b))\b"
    # An action-plan line: "Repeat the visits twice a year", "Clear the backlog by March".
    r"|^\W*(?:(?:actions?|next steps?|to do)\s*[:\-–]\s*)?(?:repeat|extend|complete|introduce|"
    r"publish|create|clear|roll out|deliver|develop|"
    r"embed|recruit|agree|ensure|establish|implement|launch|set up|refresh|re-?audit|rewrite|"
    r"add|appoint|review|update|revise|restart|resume|train|publish)\s+(?:the|a|an|all|our|"
    r"each|every|remaining|any|this|these|its|their|twice|"
    r"\d)\b"
    # An action-plan row with its owner and date: "Trustees to approve the new policy
    # (November 2021)", "DSL to re-audit files by March 2022".
    # The owner is a name and the row has no verb but its own ("We were able to reduce
    # waiting times by March 2021" and "Referrals to social care rose by March 2021" are
    # done, not planned).
    r"|^\W*(?![^.;]*\b(?:was|were|is|are|am|has|have|had|did|do|does|been|being|able|"
    r"want\w*|need\w*|aims?|plan\w*|hop\w*|intend\w*|seek\w*|tr(?:y|ied|ies)|going|likely|"
    r"due|expect\w*|requir\w*|continu\w*|agree\w*|decide\w*|cho(?:o)?se|began|begin\w*|"
    r"start\w*|help\w*|ask\w*|rose|fell|grew|went|came|made|took|gave|saw|met|held|ran|led|"
    r"kept|found|told|sent|got|brought|built|wrote|spoke|chose|we|i|they|it|this|that|"
    r"there)\b)(?!(?:(?!to )\S+ ){0,5}?(?-i:[a-z]+ed)\b)"
    r"(?:\S+ ){1,5}to (?!(?:the|a|an|our|their|its|his|her|all|each|every|any|this|these|"
    r"those|some|many|most|more|children|young|people|families|parents|staff|date)\b)"
    r"(?!(?!bring)[a-z]+ing\b)[a-z]+\b"
    r"[^.;]*(?:\b(?:by|in|from|before) |\()(?:the end of |end |early |"
    r"late |mid-)?" + _MONTHS + r" ?(?:20)?\d\d\)?\W*$",
    re.IGNORECASE,
)


# A necessary condition for impact: some word of change or consequence.
CHANGE = re.compile(
    r"\b(?:as a result|result(?:ed|s)? in|led to|leading to|since then|now\b|changed?|changes|"
    r"improv\w*|reduc\w*|increas\w*|rose|risen|fell|fallen|doubled|halved|fewer|more (?:likely|"
    r"confident|often|quickly)|better|worse|following (?:the|this|our|that)|because (?:of|young|"
    r"children|staff)|in response|you said|we did|up from|down from|compared|effect|impact|"
    r"outcome\w*|"
    r"which (?:means|meant)|this (?:means|meant)|went up|went down|dropped|grew|shorter|faster|"
    r"sooner|"
    r"no longer|began to|started to|moved|feel safer|felt)\b",
    re.IGNORECASE,
)
# Before-and-after comparisons: strong enough to make a measured sentence an impact.
BEFORE_AFTER = re.compile(
    r"\b(?:up|down) from\b|\b(?:rose|fell|increased|decreased|improved|dropped|went up|went down|"
    r"climbed|grew|reduced)\s+(?:\w+\s+){0,3}from\b|\bfrom\s+\d[\d,.]*%?(?:\s*\([^)]*\))?\s+"
    r"(?:\w+\s+){0,4}to\s+\d|compared (?:with|to)\b[^.;]{0,60}\b(?:earlier|before|previous|"
    r"last year|"
    r"a year|the year|baseline|in 20\d\d|20\d\d/\d\d)",
    re.IGNORECASE,
)
# "You said, we did": a change made because of what children said.
FEEDBACK_LOOP = re.compile(
    r"\b(?:told us|said|asked (?:us|for)|fed back|feedback)\b[^.;]{0,140}?(?:,\s*|\band\s+|"
    r"\bso\s+)(?:so\s+)?"
    r"we\s+(?:then\s+)?(?:changed|moved|introduced|started|fitted|set up|created|added|funded|"
    r"rewrote|"
    r"redesigned|opened|extended|replaced|stopped|launched|employed|appointed|brought in)\b|"
    r"\b(?:after|because|when)\b[^.;]{0,80}\b(?:told us|said|asked|"
    r"fed back)\b[^.;]{0,80}?,\s*(?:we|a|the)\b"
    r"[^.;]{0,40}\b(?:changed|moved|introduced|started|fitted|set up|created|added|funded|rewrote|"
    r"redesigned|opened|extended|replaced|stopped|launched|began)\b|\byou said,? we did\b",
    re.IGNORECASE,
)
# Shortfalls an agency reports about itself: evidence that a standard is not fully met.
CONCERN = re.compile(
    r"\b(?:not yet|did not|didn't|was not|were not|has not|have not|had not|hasn't|haven't|"
    r"could not|"
    r"no (?:one|longer|record|annual|separate|formal|safeguarding|policy|plan|data|evidence)|"
    r"nobody|"
    r"vacan(?:t|cy|cies)|below (?:target|the target|our target|the|expected)|short of|backlog|"
    r"errors? in|gaps? in|"
    # "missing" the topic (missing children, reported missing) is not a shortfall
    r"(?<!reported )(?<!go )(?<!went )(?<!going )missing(?! (?:children|child|from|episodes?|"
    r"persons?|people|young|and|three|twice|more|again|reports?|incidents?|protocol|policy|"
    r"procedures?|\d))|"
    r"lack(?:ed|s|ing)?\b|behind (?:target|schedule)|delay(?:ed|s)?\b|"
    r"weakness\w*|poor(?:ly)?|failed|overdue|out[- ]of[- ]date|lapsed|only \d+|only (?:a|one|two|"
    r"three|"
    r"four|five|half|a third|a quarter|\w+ (?:of|per|in))\b|fewer than|not (?:met|completed|"
    r"reviewed|"
    r"recorded|checked|in date|in place|consistent\w*|always)|gone backwards|deteriorat\w*|"
    r"insufficient|inconsistent\w*|too (?:few|low|slow)|remains? (?:low|a concern|a risk)|"
    r"still (?:not|to be|needs?|has|have|too|only|relies|rely|waiting|being|below|behind)|"
    r"more (?:to do|work (?:is )?needed)|further work (?:is )?(?:needed|required)|"
    r"not where (?:it|we|they) (?:need|should|want)|needs? (?:to improve|improving|more work)|"
    r"room for improvement|do(?:es)? not yet|(?:is|are)n't|doesn't|don't yet|not all\b|"
    r"f(?:e|a)ll short|falls short|not (?:enough|sufficient)|(?:is|are|was|were) (?:still )?"
    r"(?:patchy|variable|mixed|uneven))\b",
    re.IGNORECASE,
)
# Shortfalls told without the words above, read by both: a means that does not exist ("there
# is no face-to-face training", "no records are kept"), nobody who did what they should ("no
# hiring managers have completed ..."), what cannot or is not done now ("we cannot currently
# show", "we do not keep a central record"), practice that differs from place to place, a
# measure of compliance that fell, and what the agency says it is less good at.
_UNSAID = re.compile(
    r"\bthere (?:is|are|was|were) (?:currently |still |yet |as yet )?no (?!(?:concerns?|issues?|"
    r"problems?|incidents?|complaints?|allegations?|vacanc\w+|waiting (?:list|times?)|backlogs?|"
    r"delays?|gaps?|breaches|errors?|cases?|referrals?|exclusions?|outstanding|need|evidence of "
    r"(?:harm|abuse))\b)"
    r"|\bno records? (?:is|are|was|were) (?:kept|held|made|maintained)"
    r"|(?:^|:\s)\W*no (?:[\w'’-]+ ){1,6}(?:(?:have|has|had|were|was) (?:yet )?(?:been )?)?"
    r"(?:completed|attended|"
    r"received|undertaken|trained|consulted|involved|asked|checked|audited|supervised|took part|"
    r"taken part|given|provided|offered|shared|sent|took place|taken place|delivered|run|"
    r"held(?! (?:back|up|to account|responsible|liable)\b))\b"
    # "none of our volunteers has had any safeguarding training"
    r"|\bnone of (?:the |our |its |their |these )?(?:[\w'’-]+ ){1,3}(?:has|have|had) (?:yet )?"
    r"(?:had|received|completed|attended|done|been (?:trained|checked|given|offered))\b"
    r"(?! any (?:concerns?|issues?|problems?|complaints?|gaps?|errors?)\b)"
    r"|\b(?:do|does|did) not (?:currently |yet |routinely )?(?:have|hold|receive|get) "
    r"(?!(?:any )?(?:concerns?|issues?|problems?|complaints?|vacanc\w*|backlogs?|waiting)\b)"
    r"|\bnone of (?:the |our |these )?\d[\d,]*\b"
    r"|\b(?:serious|significant|major|real|clear) (?:gap|weakness|shortfall)\b"
    r"|\bwithout (?:it|them|their (?:views|input|involvement|voice))\b"
    r"|\b(?:cannot|can ?not|can't|could not|couldn't|(?:are|were|is|was) (?:not )?unable to) "
    r"(?:currently |at present |yet |now |yet )?(?:confirm|say|show|evidence|demonstrate|"
    r"assure|tell)\b"
    # acting before what should come first: "began holding cases before they had completed"
    r"|\bbefore (?:they|he|she|staff|volunteers) (?:had )?(?:completed|finished|received|"
    r"been (?:checked|trained|cleared))\b"
    r"|\bneeds? to do (?:better|more)\b"
    # a means missing beside what is done: "give the number of concerns but no analysis"
    r"|\bbut (?:there is |there are |with )?no (?:analysis|record|records|evidence|follow-?up|"
    r"feedback|review|audit|check|checks|plan|data|information|training|supervision|policy)\b"
    r"|\b(?<!not )(?:has |have |had )?expired\b"
    r"|\bwe (?:do|did) not (?:currently |yet |routinely |at present )?(?:have|hold|keep|maintain|"
    r"collect|monitor|track|record|ask|hear|know|check|audit|seek|consult|gather|involve)\b"
    r"(?! (?:any )?(?:concerns?|issues?|problems?|complaints?|vacanc\w*|backlogs?|waiting)\b)"
    r"|\b(?:does|do|did) not (?:currently |yet |routinely )?(?:record|seek|consult|gather|collect|"
    r"involve|ask)\b"
    r"|\b(?:was|were|has been|have been|had been) (?:\w+ )?(?:disbanded|withdrawn)\b"
    r"|\bvar(?:ies|y|ied) (?:widely |a lot |greatly )?(?:between|across|from one)\b"
    r"|\b(?:is|are) left to (?:each|individual|the) \w+"
    r"|\b(?:compliance|completion|uptake|take-up|attendance|coverage|participation)\b[^.;]{0,40}"
    r"\b(?:fell|dropped|declined|decreased|went down)\b"
    r"|\b(?:less good|not (?:as|so) good|weaker) at\b"
    r"|\b(?:is|are) (?:currently |still )?limited to\b"
    r"|\bwe (?:still )?need (?:a|an) (?:more|better|new|proper|consistent|reliable|systematic)\b"
    r"|\bonly \d[\d,]*(?=\s*(?:[.;,)]|$))"  # "... notified in time in only 39."
    r"|\b(?:but|and|were|was) not (?:logged|recorded|shared|checked|followed up|acted on)\b"
    r"|\b(?:was|were|had been) (?:left out|omitted|missed out|dropped) (?:of|from|for)\b"
    r"|\b(?:is|are) (?:currently |still )?under review\b"
    r"|\bstill awaiting\b"
    r"|\bbut not (?:delivered|done|completed|held|implemented|achieved|started)\b",
    re.IGNORECASE,
)
# A share of staff, records or checks below this that are complete, in date or trained is a
# shortfall, target or none ("41% of frontline staff completed it").
_LOW_SHARE = 75.0
_COMPLIANCE = re.compile(
    r"\b(?:completed?|compliance|compliant|in date|renewed|trained|recorded|up to date|current|"
    r"contain(?:ed|s)?|includ(?:ed|es)|"
    r"attended|received|(?:have|has|had|hold|held) (?:a |an )?(?:current |valid )?(?:check|dbs)|"
    r"met (?:the|our) (?:\w+ )?(?:standard|target|threshold))\b",
    re.IGNORECASE,
)
# ...but not a change, a survey's answer or a part of a flow ("rose from 62% to 81%", "71% said").
_NOT_A_SHARE = re.compile(
    r"\b(?:rose|risen|increased|up from|improved|from \d+(?:\.\d+)?\s?%|said|told|feel|felt|"
    r"agreed|rated|respon\w+|reported|came from|were from|referrals|compared (?:with|to)|"
    r"a year (?:earlier|before)|previously|last year|than)\b",
    re.IGNORECASE,
)


def _low_share(text: str) -> bool:
    """A share below _LOW_SHARE of what should be complete: "58% of coaches had a check"."""
    if not _COMPLIANCE.search(text) or _NOT_A_SHARE.search(text):
        return False
    return any(float(v) < _LOW_SHARE for v in _PERCENT_VALUE.findall(text))


# "found no missing checks", "none were overdue": a shortfall denied is not a shortfall.
_DENIED = re.compile(
    r"\b(?:no|none|not|never|nothing|zero|without)\W+(?:\w+\W+){0,4}$", re.IGNORECASE
)


_PERCENT_VALUE = re.compile(r"(\d+(?:\.\d+)?)\s?%")


def percentages(text: str) -> list[float]:
    """Every percentage a sentence gives, as numbers ("77%" -> 77.0)."""
    return [float(v) for v in _PERCENT_VALUE.findall(text)]


_TARGET = re.compile(r"\btarget (?:of|is|was)?\s*(\d+(?:\.\d+)?)\s?%", re.IGNORECASE)


# A shortfall already put right in the same sentence is not a concern.
RESOLVED = re.compile(
    r"\b(?:(?:was|were|has been|have been|had been) (?:\w+ )?(?:obtained|completed|resolved|"
    r"addressed|"
    r"rectified|corrected|filled|rechecked|renewed|closed|put right|updated|re-?audited)|"
    r"since (?:been|"
    r"then)|now (?:in place|complete|resolved|filled)|within (?:a|one|two) (?:week|day)s?|the same "
    r"(?:week|day)|on (?:their|his|her) return|until they did)\b",
    re.IGNORECASE,
)


# A name in title case that holds a concern word: the "Was Not Brought" policy, a "Did Not
# Attend" list. It names a policy, it reports nothing.
_CONCERN_NAME = re.compile(r"(?<=\S )(?:Was|Were|Did|Do|Does|Has|Have|Is) Not [A-Z]\w+")


# An answer that opens with its key word: "No - there is no child-friendly version ...".
# The opener answers the question; it does not deny what follows.
_ANSWER_OPENER = re.compile(r"^\W*(?:yes|no|partly|partially)\s*[-–—:,]\s*", re.IGNORECASE)


def is_concern(text: str) -> bool:
    """A shortfall the agency reports: a concern word, or a figure below its stated target,
    unless the same sentence says it was put right."""
    text = _ANSWER_OPENER.sub("", _CONCERN_NAME.sub("Named", text))
    shortfalls = [
        m
        for pattern in (CONCERN, _UNSAID)
        for m in pattern.finditer(text)
        if not _DENIED.search(text[: m.start()])
    ]
    if shortfalls:
        return not RESOLVED.search(text)
    if _low_share(text):
        return not _answered(text, 0)
    return _below_goal(text, _TARGET.search(text)) is True


def _below_goal(text: str, goal: re.Match[str] | None) -> bool | None:
    """Whether a percentage in ``text`` falls below the stated goal ("74% against a target
    of 90%"); None when there is no goal or no other percentage to hold to it."""
    short = _points_short(text, goal)
    return None if short is None else short > 0


def _points_short(text: str, goal: re.Match[str] | None) -> float | None:
    """How far the lowest other percentage in ``text`` falls below the goal (negative when
    all are above it); None when there is no goal or no other percentage."""
    if goal is None:
        return None
    value = next(g for g in goal.groups() if g)
    wanted = 100.0 if value.lower() in ("all", "every") else float(value)
    values = [float(v) for v in _PERCENT_VALUE.findall(text[: goal.start()] + text[goal.end() :])]
    return wanted - min(values) if values else None


# A shortfall named as it stands now, stricter than CONCERN: what a panel would hold an
# agency to ("only 6 of 10", "not yet in use", "74% against a target of 100%", "212
# renewals outstanding"), not a problem told as the reason for a change that followed.
SHORTFALL = re.compile(
    r"\b(?:not yet|still (?:not|waiting|to be|to|needs?|only|relies|rely|being|below|behind|"
    r"keeps?|uses?|has|have)|only \d[\d,]*\s*(?:%|per ?cent|of|out of)|only (?:a|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|half|a third|a quarter|\w+ (?:of|per|in))\b|"
    r"below (?:target|the target|our target|expected|the \d+)|short of|falls? short|fell short|"
    r"backlog|\d[\d,]*\s+(?:\w+\s+){0,3}(?:were\s+|are\s+|remain\s+|still\s+)?outstanding|"
    r"(?:remain|remains|still|are|were)\s+outstanding|overdue|vacant|(?:has|have|do|does) not yet|"
    r"we (?:do|did|have|had) not (?:yet )?(?:have|hold|ask|know|record|check|audit|report|got|"
    r"been able|achieved|met|completed|reached|closed)"
    r"(?! (?:any )?(?:concerns?|issues?|problems?|complaints?|vacanc\w*|backlogs?)\b)|"
    r"not (?:all|always|consistently|reliably|routinely|systematically|every)\b|inconsistent\w*|"
    r"incomplete|too (?:few|low|slow|early)|needs? (?:updating|to (?:be )?improve|improving|"
    r"more work|strengthening|to be (?:updated|rewritten|reviewed|refreshed))|"
    r"is being (?:rewritten|revised|updated|reviewed)|(?:is|are) planned|not (?:in use|in place|"
    r"in date|completed|met|reviewed|recorded|checked|embedded)|remains? (?:low|a concern|a risk|"
    r"a gap|a challenge|an issue)|requires improvement|not where (?:we|it|they)|more to do|"
    r"further work|patchy|(?:is|are|was|were) (?:still )?(?:variable|mixed|uneven)|waiting for|"
    r"lapsed|out[- ]of[- ]date|weakness\w*|gaps? in|did not (?:have|know|receive|get|attend|meet|"
    r"complete|record)|(?:was|were|had) not (?:been )?(?:done|completed|recorded|checked|trained|"
    r"told|updated|reviewed|audited|received|followed))\b"
    # wider: a duty not done, a means missing, slippage, a check that found gaps
    r"|\b(?:have|has|had|do|does|did) not (?:yet )?(?:been )?\w+(?:ed|en)\b"
    r"|\b(?:did|do|does) not (?:currently |yet |always |routinely )?(?:explain|say|include|cover|"
    r"hear|share|reach|know|use|follow|contain|match|reflect)\b"
    r"|\bcannot (?:yet )?(?:confirm|say|show|evidence|demonstrate|assure)\b"
    r"|\b(?:has|have|had) no (?!(?:concerns?|issues?|problems?|incidents?|complaints?|"
    r"vacanc\w+)\b)\w+|\bno (?:system|way|process|means|mechanism|standing|routine|"
    r"consistent|reliable)\b|\bnot (?:quorate|timely|shared|known|consistently)\b|"
    r"\binquorate\b|\b(?:fell behind|slipped|stalled|unanswered|unsure|lacked|"
    r"lacking|later than planned|delayed|missed (?:the |our |its )?(?:deadline|target|"
    r"date))\b|\bonly (?:once|twice|a few|some|partly|partially)\b|\b(?:the|a) gap\b|"
    r"\bbefore (?:their|the|its|his|her) (?:checks?|DBS|references?|training|induction)\b|"
    r"\bstill (?:refers?|relies|uses|holds|keeps)\b"
    r"|\b(?:was|were|is|are|been|ran|running|arrived|came|submitted|sent|made|held) "
    r"(?:\w+ )?late\b(?! (?:referrals?|references?|notifications?|entries)\b)|\blate (?:by|in) \w+"
    r"|\bstill (?:\w+ )?not\b"
    r"|\bonly \d[\d,]*\s+(?:of\s+)?(?:our\s+|the\s+)?\w+\b[^.;]{0,80}\b(?:all|of|out of)\s+\d"
    r"|\bbehind (?:schedule|plan|target|trajectory)\b|\bnot be (?:in place|ready|live|"
    r"complete\w*|available) until\b|\bunder-?represented\b"
    r"|\bonly \d[\d.,]*\s*%",  # (a "%" ends no word, so this one stands outside the \b above)
    re.IGNORECASE,
)
# "covered 7 of our 11 providers", "in 17 of 25 cases": a partial count.
_PART_OF = re.compile(r"\b(\d[\d,]*)\s+(?:out\s+)?of\s+(?:the\s+|our\s+|its\s+)?(\d[\d,]*)\b")
_PARTIAL = 0.85  # a count below this share of the whole is a shortfall
_WORDS = {
    word: number
    for number, word in enumerate(
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
    )
}
_PART_IN_WORDS = re.compile(
    r"\b("
    + "|".join(list(_WORDS)[2:])
    + r")\s+(?:out\s+)?of\s+(?:the\s+|our\s+|its\s+)?("
    + "|".join(list(_WORDS)[2:])
    + r")\b",
    re.IGNORECASE,
)
# ...unless the count is a sample, a response rate or a change: "I sampled 20 of the 57
# files", "38 of the 46 replied", "risen from 11 of 30", "Baseline 18 of 60".
_NOT_A_PART = re.compile(
    r"\b(?:sampl\w*|replied|respond\w*|responses?|surveys?|visited|dip[- ]?sampl\w*|risen|"
    r"rose|up from|baseline|increased|improved|from \d|compared with)\b"
    r"|\b\d[\d,]*\s+(?:out\s+)?of\s+(?:the\s+|our\s+)?\d[\d,]*\s+(?:children|young people|"
    r"pupils|families|people|parents|students|referrals|cases referred)\b",
    re.IGNORECASE,
)
# The shortfall was put right or has improved: words AFTER it in the same sentence ("was
# late, and the cause has been addressed"; not "has been drafted but is overdue"), an
# apology for the return's own lateness, or an opening that tells a problem found as the
# reason for what followed ("When we found that officers were unsure..., I asked...").
_SHORTFALL_ANSWERED = re.compile(
    r"\b(?:now(?! (?:due|expected|planned|scheduled|set to|likely|forecast|running|"
    r"the|a|an|only|just|overdue|late|out of date|expired|lapsed|behind)\b)|"
    # "since" answers ("it has improved since"), "since 2018" dates the shortfall
    r"since(?!\s+(?:(?:19|20)\d\d|january|february|march|april|may|june|july|august|"
    r"september|october|november|december|last|the|our|its|their))|"
    r"(?:were|was) all (?:completed|renewed|resolved)|"
    r"all \d+ (?:have|were)|fell from|reduced|improved|rose|increased)\b",
    re.IGNORECASE,
)
# ...or, anywhere after it, a fix told in the passive: "a gap ... has since been closed".
_PUT_RIGHT = re.compile(
    r"\b(?:(?:has|have|had|was|were) (?:now |since |all |then |quickly |promptly |"
    r"subsequently )?been (?:resolved|completed|addressed|fixed|closed|cleared|corrected|"
    r"rectified|renewed|recovered|filled|put right|dealt with|followed up|rechecked|"
    r"re-?done|made good|brought up to date)|resolved|put right|no longer|rectified|"
    r"corrected|rechecked|discharged)\b",
    re.IGNORECASE,
)
_ANSWERED_ANYWHERE = re.compile(
    r"\b(?:apologi[sz]e|sorry)\b"
    r"|^\W*(?:last year|previously|before (?:this|that|then))\b"
    r"|^\W*(?:when|after|once|because) (?:we|I|the \w+|our \w+) (?:first )?(?:found|"
    r"identified|noticed|learned|learnt|realised|realized|saw|heard)\b",
    re.IGNORECASE,
)


# A sentence that opens on a year tells that year's figure: the current year's as often as an
# earlier one's, so it is an earlier account only when the sentence goes on to what changed.
_IN_A_YEAR = re.compile(r"^\W*in 20\d\d[/-]\d\d\b", re.IGNORECASE)
_CHANGED_SINCE = re.compile(
    r"\b(?:now|this year|since|rose|risen|improved|increased|up to|went up)\b", re.IGNORECASE
)


def _answered(text: str, at: int) -> bool:
    """Whether the shortfall named before ``at`` is answered in its own sentence: by a
    later clause ("..., and the cause has been addressed"), not by the words that
    describe the shortfall itself ("only 14 of 22 coaches have renewed")."""
    if _ANSWERED_ANYWHERE.search(text) or _PUT_RIGHT.search(text, at):
        return True
    if _IN_A_YEAR.match(text) and _CHANGED_SINCE.search(text, at):
        return True  # "In 2019/20 only 40% had completed it; this year 94% have"
    boundary = _CLAUSE_BREAK.search(text, at)
    return bool(boundary and _SHORTFALL_ANSWERED.search(text, boundary.start()))


_CLAUSE_BREAK = re.compile(r"[,;:(]|\s[-–—]\s|\b(?:and|but|so|which|although|though)\b")


# "found every check complete in 158 of 160 files": the words after describe the exceptions.
_NEAR_COMPLETE = 0.95
# Someone else's words ("children told us they did not know who to ask") and a relative
# clause about others ("every child who did not attend") are findings, not shortfalls.
_REPORTED = re.compile(
    r"(?:\b(?:children|young people|pupils|students|parents|families|carers|forum|panel|"
    r"council|ambassadors|members)\b[^.;]{0,30}\b(?:told us|said|say|says|felt|asked for|"
    r"asked us)\b.*|"
    r"\bmessage was\b.*|\bwho\s*)$",
    re.IGNORECASE,
)
# "...and the same audit in the previous year found two not compliant": what follows is
# last year's account, not a shortfall as it stands.
_EARLIER_ACCOUNT = re.compile(
    r"\b(?:the|in the|a|our) (?:previous|prior) (?:year|audit|cycle)\b|\bthe year before\b",
    re.IGNORECASE,
)
# ...unless the agency gives what they said as the reason for its rating: "pupils said they
# did not always know which adult to go to, so we have scored this standard 2".
_RATED_FOR_IT = re.compile(
    r"\b(?:so|therefore|which is why|that is why|for this reason)\b[^.]{0,30}?\b(?:scored|rated|"
    r"graded|judged|assessed|marked)\b",
    re.IGNORECASE,
)
# "YIAG said officers do not explain...": a named group's feedback (case-sensitive).
_REPORTED_BY = re.compile(r"\b[A-Z]{2,}\s+(?:said|told us|reported)\b")
_SCALE_WORDING = re.compile(r"fully met\s*/\s*partially met|partially met\s*/", re.IGNORECASE)


# "against the 90% target", "below our 60% aim", "against the expectation that all GPs are
# trained to Level 3" (a goal of 100%).
_GOAL = re.compile(
    r"\b(\d+(?:\.\d+)?)\s?%\s+(?:target|aim|goal|standard|expectation)\b|"
    r"\b(?:aim|goal|expectation) (?:of|is|was)\s*(\d+(?:\.\d+)?)\s?%|"
    r"\b(?:expectation|requirement|standard|target|aim|goal) (?:is |was )?that (all|every)\b",
    re.IGNORECASE,
)


def _count(text: str) -> int:
    return int(text.replace(",", ""))


def is_shortfall(text: str) -> bool:
    """A shortfall the agency names as it stands: a figure below its stated target, or
    SHORTFALL wording not denied ("no backlog"), not someone else's words and not answered
    in the same sentence (put right, improved since)."""
    if _SCALE_WORDING.search(text):
        return False
    text = _ANSWER_OPENER.sub("", _CONCERN_NAME.sub("Named", text))
    below = _below_goal(text, _TARGET.search(text) or _GOAL.search(text))
    if below is not None:
        return below
    partial = [
        m for m in _PART_OF.finditer(text) if 0 < _count(m.group(1)) < _PARTIAL * _count(m.group(2))
    ]
    if not partial and _COMPLIANCE.search(text):
        # "reports have been received from two of our five providers": a count in words,
        # read only where the sentence says what should have been done
        partial = [
            m
            for m in _PART_IN_WORDS.finditer(text)
            if _WORDS[m.group(1).lower()] < _PARTIAL * _WORDS[m.group(2).lower()]
        ]
    if (
        partial
        and "%" not in text  # a rate with no target to hold it to is not judged here
        and not _NOT_A_PART.search(text)
        and not _answered_first(text, partial[0])
    ):
        return True
    if any(
        _count(m.group(1)) >= _NEAR_COMPLETE * _count(m.group(2)) > 0
        for m in _PART_OF.finditer(text)
    ):
        return False
    if _low_share(text) and not _answered(text, 0):
        return True
    named = [
        m
        for pattern in (SHORTFALL, _UNSAID)
        for m in pattern.finditer(text)
        if not _DENIED.search(text[: m.start()])
        and not (_REPORTED.search(text[: m.start()]) and not _RATED_FOR_IT.search(text))
        and not (_REPORTED_BY.search(text[: m.start()]) and not _RATED_FOR_IT.search(text))
        and not _EARLIER_ACCOUNT.search(text[: m.start()])
        and not _MANNER.search(text[: m.start()])
        and not _NOT_YET_DUE.match(text, m.start())
        and not _DONE_LATE.search(text[: m.end()])
        and not (
            m.group(0).lower() == "requires improvement" and _AS_A_GRADE.search(text[: m.start()])
        )
    ]
    return bool(named) and not _answered(text, named[0].end()) and not _ABOUT_RETURN.search(text)


def _answered_first(text: str, shortfall: re.Match[str]) -> bool:
    """Whether the shortfall is answered in its sentence before another shortfall is named:
    in "only 4 of 9 hold the training, and the checklist was not completed for three; all
    three have since been taken through it" the fix answers the checklist, not the 4 of 9."""
    later = [
        m.start()
        for pattern in (SHORTFALL, _UNSAID)
        for m in pattern.finditer(text, shortfall.end())
        if not _DENIED.search(text[: m.start()])
    ]
    return _answered(text[: min(later)] if later else text, shortfall.end())


def below_target(text: str) -> bool:
    """A figure the sentence itself holds below its stated target ("58% against a target of
    95%"): a shortfall measured, not only named."""
    return _below_goal(text, _TARGET.search(text) or _GOAL.search(text)) is True


def short_of_target(text: str) -> float:
    """How many points the lowest figure of the sentence falls short of its stated target
    ("76% against our 90% target": 14); 0 when none falls short."""
    short = _points_short(text, _TARGET.search(text) or _GOAL.search(text))
    return max(0.0, short or 0.0)


def standing_shortfall(text: str, future: bool) -> bool:
    """A shortfall named as it stands, in a sentence that may also give the plan for it:
    "only three notifications were received, and a campaign is planned" names one, an
    action-plan line ("Clear the backlog by March") does not."""
    if not future:
        return is_shortfall(text)
    plan = FUTURE.search(text)
    before = text[: plan.start()] if plan else ""
    return len(before.split()) >= _CLAUSE_WORDS and is_shortfall(before)


# "The policy was updated in April 2021, two months later than planned": done, if late.
_DONE_LATE = re.compile(
    r"\b(?:was|were|has been|have been)\s+(?:\w+\s+)?(?:updated|completed|approved|published|"
    r"reviewed|held|delivered|signed|submitted|finished|launched|agreed|issued|ratified|"
    r"rewritten|refreshed)\b[^.;]{0,60}\b(?:later than (?:planned|expected|scheduled)|late|"
    r"delayed)$",
    re.IGNORECASE,
)
# "had not yet reached their first monitoring point": not due yet, not a duty missed.
_NOT_YET_DUE = re.compile(
    r"(?:(?:has|have|had|do|does|did) )?not yet (?:reached|come to|been due for|had) (?:their|its|"
    r"the|a|his|her) (?:first|next|scheduled|planned)\b",
    re.IGNORECASE,
)
# "We have settled on Requires improvement": the return's own grade, not a shortfall named.
_AS_A_GRADE = re.compile(
    r"\b(?:settled on|chose|chosen|opted for|rated?|judged?|judgement(?: of| is)?|graded?|"
    r"grade of|as|at|kept it at)\s+$",
    re.IGNORECASE,
)
_CLAUSE_WORDS = 4  # the least a clause before the plan must hold to name a shortfall
# "how first appointments are planned": a manner, not a plan still to happen.
_MANNER = re.compile(r"\bhow\b[^.;,]{0,60}$", re.IGNORECASE)
# What a sentence says of the return itself: "this copy is a draft because it is not yet signed".
_ABOUT_RETURN = re.compile(
    r"\b(?:this|the) (?:copy|return|submission|document|self-assessment|draft)\b[^.;]*\b(?:sign"
    r"\w*|watermark\w*|submitt?\w*|draft)\b",
    re.IGNORECASE,
)


def has_figure(text: str) -> bool:
    """Percentages, counts or dates, ignoring "Level 3", "Standard 2", years in titles..."""
    if PERCENT.search(text) or DATE.search(text):
        return True
    stripped = _NOT_A_COUNT.sub(" ", text)
    return bool(COUNT.search(stripped))


@dataclass(frozen=True)
class Judgement:
    strength: Strength
    confidence: float
    source: str  # "model" | "rules"


def rule_strength(text: str) -> Judgement:
    """The transparent fallback: cue phrases, figures and dates."""
    if IMPACT.search(text):
        return Judgement("impact", 0.7, "rules")
    if has_figure(text):
        return Judgement("quantified", 0.7, "rules")
    if ASSERTION.search(text) and not ACTIVITY.search(text):
        return Judgement("assertion", 0.7, "rules")
    if ACTIVITY.search(text):
        return Judgement("activity", 0.6, "rules")
    return Judgement("assertion", 0.5, "rules")


# ---------------------------------------------------------------- the trained model


def models_dir() -> Path:
    return Path(__file__).resolve().parents[2] / "models"


MODEL_FILE = "strength.skops"
META_FILE = "strength.meta.json"
EXPORT_FILE = "strength.linear.npz"  # the same model's numbers, read without scikit-learn


class StrengthModel:
    """The trained sentence classifier with its metadata checked: read from the NumPy export
    (fast: no scikit-learn import) when there is one, else from the skops file."""

    def __init__(self, scorer: Any, meta: dict[str, Any], labels: tuple[str, ...]) -> None:
        self.scorer = scorer  # anything with predict_proba(texts) -> rows in label order
        self.meta = meta
        self.labels = labels

    @classmethod
    def load(cls, folder: Path | None = None) -> StrengthModel:
        from importlib import metadata

        folder = folder or models_dir()
        meta = json.loads((folder / META_FILE).read_text(encoding="utf-8"))
        installed = metadata.version("scikit-learn")
        if meta.get("sklearn_version") != installed:
            # Minor differences load; record them so a run can say which model it used.
            meta = {
                **meta,
                "version_warning": (
                    f"model trained with scikit-learn {meta.get('sklearn_version')}, "
                    f"running {installed}; retrain with `make model`"
                ),
            }
        if (folder / EXPORT_FILE).is_file():
            from pipeline.evidence.linear import LinearTextModel

            scorer: Any = LinearTextModel.load(folder / EXPORT_FILE)
            labels: tuple[str, ...] = scorer.classes
            path = folder / EXPORT_FILE
        else:
            path = folder / MODEL_FILE
            scorer = _load_skops(path)
            labels = tuple(str(c) for c in scorer.classes_)
        if set(labels) != set(STRENGTHS):
            raise ValueError(f"{path} predicts {list(labels)}, expected {list(STRENGTHS)}")
        return cls(scorer, meta, labels)

    def judge(self, texts: list[str]) -> list[Judgement]:
        if not texts:
            return []
        probabilities = self.scorer.predict_proba(texts)
        judgements = []
        for row in probabilities:
            best = int(row.argmax())
            judgements.append(Judgement(self.labels[best], round(float(row[best]), 4), "model"))  # type: ignore[arg-type]
        return judgements


def _load_skops(path: Path) -> Any:
    from skops.io import get_untrusted_types, load
    from skops.io.exceptions import UntrustedTypesFoundException

    try:
        # Nothing beyond skops' default-trusted types: one read of the 25 MB schema.
        return load(path, trusted=[])
    except UntrustedTypesFoundException:
        untrusted = get_untrusted_types(file=path)
        prefixes = ("sklearn.", "numpy.", "scipy.", "builtins.")
        allowed = [t for t in untrusted if t.startswith(prefixes)]
        refused = sorted(set(untrusted) - set(allowed))
        if refused:
            raise ValueError(f"{path} contains types that are not trusted: {refused}") from None
        return load(path, trusted=allowed)


@lru_cache(maxsize=4)
def load_model(folder: str | None = None) -> StrengthModel:
    """The trained model (the shipped one in ``models/``, or a learned one in ``folder``);
    :class:`~pipeline.values.ModelError` when it is missing or cannot be read (a run
    without it must be asked for: ``--no-model``)."""
    from pipeline.values import ModelError

    try:
        return StrengthModel.load(Path(folder) if folder else None)
    except (OSError, ValueError, KeyError, json.JSONDecodeError) as exc:
        raise ModelError(
            f"the strength classifier in {folder or models_dir()} cannot be loaded ({exc}); "
            "build it with `make model` (or `s11 train`), or run with --no-model to judge "
            "strength by rules only"
        ) from None


def constrain(judgement: Judgement, text: str) -> Judgement:
    """Hold the model to what the words can support: impact needs a word of change, a
    quantified sentence needs a figure, and a measured before-and-after is impact."""
    strength = judgement.strength
    figure = has_figure(text)
    if strength == "impact" and FUTURE.search(text):
        strength = "activity"  # a plan is not yet an effect
    if strength == "impact" and not CHANGE.search(text):
        strength = "quantified" if figure else "activity"
    elif strength == "quantified" and not figure:
        strength = "activity"
    elif (
        strength == "assertion"
        and figure
        and not ASSERTION.search(text)
        and not FUTURE.search(text)
    ):
        strength = "quantified"  # "41 leaders hold a current certificate" is measured
    if (
        strength in ("quantified", "activity")
        and (BEFORE_AFTER.search(text) or FEEDBACK_LOOP.search(text))
        and not FUTURE.search(text)
    ):
        strength = "impact"
    if strength == judgement.strength:
        return judgement
    return Judgement(strength, judgement.confidence, f"{judgement.source}+rules")


class StrengthJudge:
    def __init__(self, model: StrengthModel | None) -> None:
        self.model = model

    @property
    def source(self) -> str:
        return "model" if self.model else "rules"

    def judge(self, texts: list[str]) -> list[Judgement]:
        if self.model is None:
            return [rule_strength(text) for text in texts]
        return [constrain(j, t) for j, t in zip(self.model.judge(texts), texts, strict=True)]
