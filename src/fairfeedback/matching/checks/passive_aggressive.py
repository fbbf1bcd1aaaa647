"""Passive-aggressive check: stock devices that turn a complaint into a dig at
the person (passive-aggressive)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from spacy.tokens import Doc

from ...context.analysis import normalize_informal
from ...context.words import WordLists
from ._common import _REVIEWEE, _alternation, _is_failure, _yield_regex, register_check

# -- passive-aggressive markers ---------------------------------------------------------
# Stock devices that turn a complaint into a dig at the person: reminding them it is
# their job ("you had one job"), a taunting "for once", "if you actually", "some of us",
# sarcastic good luck, "typical Mike", disbelief that they are still employed,
# put-down imperatives ("grow up"), mock novice questions ("were you born yesterday?"),
# mock titles ("Little Miss Perfect"), sneering qualifiers ("if you can call it that").
# Each marker is matched only in a sentence about a person (or an order to one).

_PA_PERSON = [
    # disbelief at their employment
    r"\b(?:surprised|amazed|shocked|astonished|baffled|no idea|not sure|don't know|dont know|wonder|beyond me|how)"
    r"(?: \w+){0,3} (?:he|she|you|they) (?:still )?(?:has|have|had|got|keeps?|kept) (?:a|this|his|her|your|their) job\b",
    r"\b(?:he|she|you|they)(?:'s|'re| is| are) still employed\b",
    r"\bwhy (?:we|they|i|anyone) (?:even |ever )?(?:hired|promoted|kept|employ|employed) (?:him|her|you|them)\b",
    r"\bwho (?:on earth |the hell )?(?:hired|promoted|trained|interviewed) (?:this|that|these) (?:guy|girl|one|person|lot|people|clown)s?\b",
    r"\b(?:hard to believe|baffling|amazing|unbelievable|beyond me|can't believe|cannot believe) (?:that )?(?:someone|anyone|somebody|a person|an? \w+) "
    r"with (?:his|her|your|their|that|so|\w+ years?'?s?)\b",
    # their job
    r"\b(?:you|he|she|they) had (?:one|1) job\b",
    r"\b(?:it's|it is|that's|that is|this is|isn't that|is that not|which is) (?:literally |quite literally |actually |kind of )?(?:your|his|her|their) (?:only |entire |whole |actual )?job\b",
    r"\bis (?:literally|quite literally|actually) (?:your|his|her|their) (?:only |entire |whole |actual )?job\b",
    # taunts
    r"\bfor once\b", r"\bfor a change\b", r"\bjust once\b",
    r"\b(?:would|it'd|it would) be (?:nice|great|lovely|good|refreshing|a nice change) if (?:you|he|she|they) (?:actually|ever|for once|could actually|would actually|bothered)\b",
    r"\bsome of us (?:have|actually|are|do|work|had|have to|need|get|care)\b",
    r"\bgood luck (?:getting|trying to get|finding|getting an? \w+|with getting) (?:\w+ ){0,3}(?:out of|from) (?:him|her|them|you)\b",
    r"^\W*(?:typical|classic|so typical|how typical)(?: of)? (?:[A-Z][a-z]+|him|her|you)\b",
    r"\bmust (?:have|'ve) been too busy\b",
    r"\b(?:too busy|busy) (?:scrolling|chatting|gossiping|texting|napping|on (?:your|his|her) phone)\b",
    r"\bit'?s not like (?:we|we're|anyone|anybody|i|i'm|the team)(?:'re| are| is| was)? (?:busy|waiting|in a hurry)\b",
    r"\bwhat a (?:coincidence|shocker|surprise)\b", r"^\W*(?:shocker|big surprise|go figure|who knew|who'd have thought)\b",
    r"\bno wonder (?:the \w+|nobody|no one|everyone|everybody|they|clients|customers|people) (?:\w+ ){0,2}(?:walked|left|quit|complain|complained|hates?|avoids?|churned|moved|gave up|refuses?|won't)\b",
    r"\bif you can call it that\b", r"\bi use (?:the|that) (?:term|word) loosely\b", r"\bfor lack of a better word\b",
    r"\b(?:acts?|acting|behaves?) (?:like|as if|as though) (?:he's|she's|you're|he is|she is|you are) doing (?:us|everyone|me|the team) a (?:favou?r|kindness)\b",
    r"\bdon't quit (?:your|his|her) day job\b", r"\b(?:maybe|better|just) stick to (?:filing|the basics|what (?:you|he|she) know|making|sweeping|\w+ing)\b",
    r"\b(?:our|the) (?:resident|in-house) (?:genius|einstein|comedian|rocket scientist|expert|guru|wizard|prodigy)\b[^.;!?]{0,30}\bstrikes again\b",
    r"\b(?:strikes|struck) again\b",
    r"\b(?:little )?(?:miss|mr\.?|mister|captain|lady|madam|professor|sir) (?:perfect|know-it-all|know it all|obvious|sunshine|important|busy|excuses|clipboard|late|drama|sensitive|grumpy)\b",
    r"\bfor a (?:supposed|so-called|so called|supposedly) (?:senior |lead |experienced |qualified )?\w+\b",
    r"\bpainfully (?:basic|slow|obvious|average|mediocre|bad|simple|amateur)\b",
    r"\ba waste of a (?:hire|salary|seat|desk|position|role|badge|chair|uniform|headcount|good \w+)\b",
    r"(?:^\W*|[,;:] |\band |\bjust |\bplease )(?:grow up|man up|toughen up|act your age|get over yourself|get a grip|stop whining|stop sulking|stop moaning|stop crying|quit whining)\b",
    r"\b(?:stop being|quit being|don't be|such|being|he's|she's|you're|is|are) (?:such )?(?:a|an) (?:big |total |complete |absolute )?(?:baby|crybaby|cry-baby|child|toddler|muppet|clown)\b",
    r"\b(?:i'm|i am|we're|we are) not (?:your|his|her) (?:mum|mom|mother|dad|father|babysitter|nanny|maid|secretary|personal assistant|cleaner|servant)\b",
    r"\b(?:call|called|calling|yell|yelled|shout|shouted|snap|snapped|tear|tore) (?:him|her|you|them)(?: out| at| into| off)? (?:out )?in front of\b",
    r"\broll(?:s|ed|ing)? (?:their|our|my) eyes (?:when|whenever|at|every time)\b",
    r"\blost (?:all |any )?respect for (?:him|her|you|them)\b",
    # sarcastic similes and feigned doubt about the basics
    r"\babout as (?:useful|helpful|organi[sz]ed|reliable|sharp|bright|quick|fast|responsive|punctual|effective|subtle|"
    r"welcome|competent|productive|engaged|inspiring|exciting|fun|tidy|calm|prepared|professional|careful|accurate|"
    r"much use|much help|switched on|on the ball) as (?:a|an|the|my)\b",
    r"\b(?:had|have|'ve had) (?:more|better) (?:productive |useful |meaningful |intelligent )?(?:conversations?|discussions?|chats?|"
    r"meetings?|answers?) with (?:a|an|the|my) (?:\w+ ){0,2}(?:wall|machine|plant|dog|cat|printer|toaster|chair|door|fridge|kettle|brick|rock)\b",
    r"\b(?:not sure|wonder if|wonder whether|doubt|don't think|do not think|no idea if) (?:he|she|you|they) (?:even |actually |really )?"
    r"(?:knows?|understands?|grasps?) what (?:a|an|the) \w+(?: \w+)? (?:actually |even |really )?(?:is|are|means?)\b",
    r"\bsomeone (?:needs|ought|has|should)(?: to)? (?:to )?(?:teach|show|explain to) (?:him|her|them|you) (?:how|what)\b",
    r"\b(?:no idea|not sure|don't know|do not know|dont know|wonder) what (?:he|she|you|they) (?:actually |even |really )?(?:does|do|did) all day\b",
    r"\blucky (?:he|she|you|they)(?: still)? (?:has|have|had|kept|keeps?|got) (?:a|this|his|her|your|their) job\b",
    r"\b(?:if it were up to me|if i had my way|if it was up to me),? (?:he|she|you|they)(?:'d| would)(?: \w+)? be (?:gone|out|fired|out the door|sacked|let go)\b",
    r"\b(?:i'd|i would|we'd|we would) (?:happily |gladly |have )?(?:fire|sack|let go of|get rid of) (?:him|her|you|them)\b",
    r"\b(?:you|he|she|they) (?:should|ought to) (?:know|have known) better\b",
    r"\bno business (?:being|managing|leading|running|working|teaching|supervising|in (?:a|this|the))\b",
    r"\b(?:shouldn't|should not|should never|can't|cannot) be (?:allowed|let|trusted) (?:anywhere )?(?:near|to (?:lead|run|manage|speak|talk|deal))\b",
    r"\bnot fit to (?:be let|lead|manage|run|be near|be trusted)\b",
    r"\b(?:professional|helpful|smart|mature|impressive|brilliant|clever|great|nice|useful|organi[sz]ed)\W{1,3}not\W*$",
    r"\b(?:boo hoo|boo-hoo|cry me a river|poor baby|diddums|world's smallest violin|get the tissues|poor little)\b",
    r"(?:^\W*|[,;] )(?:listen|look|okay|ok|right|sorry|well),? (?:young lady|young man|sweetheart|sweetie|missy|sunshine|kiddo|sonny|buddy|pal|princess|champ)\b",
    r"[,;] (?:genius|einstein|sherlock|champ|hotshot|sunshine|princess|sweetheart|sweetie|smart guy|wise guy|smartypants|smarty pants|kiddo|sonny|young lady|young man)\W*$",
    r"\b(?:made|makes|making) (?:a )?fools? (?:out )?of (?:himself|herself|yourself|themselves|us|the team|everyone)\b",
    r"\bembarrass(?:ed|es|ing)? (?:himself|herself|yourself|themselves|us all|the whole team|the team|everyone)\b",
    r"\b(?:everyone|everybody|the whole room|the (?:client|customer|board|panel|room)s?) could (?:see|tell) (?:that )?(?:he|she|you|they) (?:had no idea|had no clue|was lost|were lost|was out of (?:his|her) depth|didn't know|did not know|hadn't prepared|had not prepared|was winging it)\b",
    r"\b(?:it's|it is|it was|honestly|kind of|pretty|really) (?:\w+ )?sad (?:watching|to watch|seeing|to see) (?:him|her|you|them) (?:try|attempt|struggle|fumble|flounder|stumble)\b",
    r"(?:^\W*|[,;:] |\band )(?:shape up or ship out|wake up and smell the coffee)\b",
    r"\b(?:(?:his|her|your) predecessor|the (?:last|previous|old) (?:guy|girl|person|one|manager|lead|rep|nurse|engineer|\w+) (?:in|on|who had|who did) (?:this|that|the|your|his|her) (?:role|job|seat|desk|position|account|post))"
    r" (?:never|always|didn't|did not|managed|could|would|did it|had no|got it|knew)\b",
    r"\b(?:i'll|i will|we'll|we will|i'm|i am|we're|we are) (?:be )?watching (?:you|him|her) (?:very |really )?(?:closely|like a hawk|carefully)\b",
    # belittling the basics: "she can't even send an email without typos", "the simplest tasks seem beyond him"
    r"\b(?:struggles?|struggled|struggling|fails?|failed|failing|can't|cannot|couldn't|unable to|incapable of|at a loss)"
    r"(?: (?!because\b|since\b|when\b|and\b|but\b|so\b|though\b|although\b|while\b)\w+){0,5} (?:even )?(?:the )?"
    r"(?:simplest|most basic|easiest)\b",
    r"\b(?:simple|basic|easy|straightforward|the simplest|the most basic) (?:\w+ )?(?:tasks?|things?|stuff|instructions?|concepts?|requests?|jobs?) (?:\w+ ){0,3}beyond (?:him|her|you|them)\b",
    # sarcastic surprise at competence
    r"^\W*(?:wow|oh|whoa|gosh|ooh|look at (?:you|him|her)),? (?:\w+ )?(?:you|he|she|they) (?:actually|finally|even)\b",
    r"\bmiracles (?:do |can |will |still )?(?:happen|never cease)\b", r"\bwonders (?:will )?never cease\b",
    r"\bmark (?:the|your|my) calendars?\b",
    r"\bnot exactly (?:a |the |an )?(?:shining|glowing|stellar|model|beacon|paragon|picture|textbook|masterclass|great advert|advert|poster|role model|finest)\b",
    r"\b(?:a )?shining example of (?:how not|what not)\b",
    r"\b(?:it's|it is|it was|honestly|frankly)(?: \w+)? (?:a )?(?:miracle|wonder|mystery) (?:that )?(?:anything|anyone|anybody|he|she|you|they|the \w+) (?:\w+ ){0,4}(?:gets?|got|is|are|was|were|has|have|still|ever|manages?)\b",
    r"\b(?:maybe |perhaps )?if (?:you|he|she|they) (?:\w+ ){1,8}(?:you'd|he'd|she'd|they'd|you would|he would|she would|they would) (?:actually|finally|even)\b",
    r"(?<!no matter )\bhow many (?:more )?times (?:i|we)(?:'ve| have| need| must| am going| will| keep)?(?: \w+)? (?:to )?(?:say|tell|explain|repeat|remind|ask|go over|said|told|explained|asked|reminded|repeated)\b",
    r"\b(?:everyone|everybody|people|the (?:whole )?team|nobody|no one)(?: \w+){0,3} (?:says?|said|tells? me|told me|jokes?|joked|complains?|complained|thinks?|thought|agrees?) (?:that )?(?:he|she|you|they)(?:'s|'re| is| are| was| were| can't| cannot| never| always| has| had)\b",
    r"\bnobody else (?:does|thinks so|agrees|sees it that way|would say that)\b",
    r"\b(?:you|he|she) calls? (?:this|that|it) (?:a |an )?\w+\?", r"\bthis is what (?:you|he|she) calls? (?:a |an )?\w+",
    r"\b(?:and )?(?:you|he|she) calls? (?:yourself|himself|herself) (?:a |an )?\w+",
    r"\bexpected (?:better|more) (?:from|of) (?:someone|somebody|a person|an? \w+) (?:at|with|in|on) (?:your|his|her)\b",
    r"^\W*(?:great|brilliant|wonderful|fantastic|perfect|lovely|marvellous|superb|terrific|awesome|nice|cheers|thanks)\W+(?:so |and )?now (?:we|i|everyone|the team)(?:'ve| have| get| need| must|'ll| will)? (?:got )?(?:to )?(?:redo|fix|start|rewrite|explain|apologi[sz]e|clean|deal|work|stay|cover|call)\b",
    r"\bmaking (?:my|our|everyone's|the team's) (?:job|jobs|life|lives|day|week) (?:so much |much |a lot |even )?(?:harder|worse|more difficult)\b",
    r"\b(?:your|his|her) little (?:outburst|tantrum|meltdown|episode|speech|rant|stunt|show|drama|moment|adventure|theory|protest|strop|hissy fit|performance|excuse|excuses)\b",
    r"\b(?:better off|be better) (?:without (?:him|her|you|them)|if (?:he|she|you|they) (?:just |simply )?(?:left|quit|went|weren't|wasn't|resigned|moved))\b",
    r"\b(?:the )?(?:worst|weakest|slowest|poorest|least (?:productive|reliable|effective|capable|competent|organi[sz]ed)|lowest[- ]performing)(?: \w+){0,2} (?:on|in|of|among) (?:the|this|our|his|her|your|my) (?:whole |entire )?(?:team|department|group|floor|unit|ward|shift|office|company|class|cohort|region|branch|store|crew|staff)\b", r"\b(?:i'm|i am|we're|we are) (?:\w+ )?(?:shocked|amazed|stunned|impressed) (?:that )?(?:you|he|she) (?:actually|even|finally|remembered|managed)\b",
    # public address: "as you can all see", "let's all thank Jim for the outage"
    r"\b(?:as )?you can all see\b",
    r"\blet'?s all (?:thank|congratulate|applaud|give (?:a )?(?:round of applause|hand|big hand) to) \w+",
    # a named peer who never has "this problem"
    r"\b(?:(?:your|his|her) (?:colleagues?|teammates?|peers?|counterparts?)(?: \w+)?|(?:the )?others?|everyone else|nobody else|no one else) (?:never|doesn't|does not|don't|do not|didn't|did not|seem to|seems to)(?: seem to)? (?:have|has|had|make|makes|get|gets|need|needs) (?:any |this |that |these |such |the same )?(?:kind of |sort of )?(?:problems?|issues?|trouble|mistakes?|errors?|complaints?|reminders?|reminding|help)\b",
]
_PA_QUESTION = [
    r"\bis (?:this|it|today) (?:your|his|her) first (?:day|week|shift|job)\b", r"\b(?:were|was) (?:you|he|she) born yesterday\b",
    r"\bare (?:you|they) new (?:here )?or something\b", r"\bor something\?", r"\bdid (?:you|he|she) (?:even )?go to school\b",
    r"\bwho hired (?:this|that|him|her|you)\b",
]
_PA_WRITER = [
    r"\b(?:can't|cannot|can not) believe (?:i|we) (?:still |actually )?(?:have|had|need|needed) to\b",
    r"\bwhy (?:do|did|should) (?:i|we) (?:even )?bother(?:\W*$| giving| telling| explaining| asking| trying| with (?:him|her|you|them))",
    r"\b(?:don't|do not|dont) know why (?:i|we) (?:even )?bother\b",
    r"\b(?:my|our) patience (?:with (?:him|her|you|them) )?(?:is|has|was) (?:gone|run out|worn thin|running out|exhausted|at an end)\b",
    r"\b(?:have|had|having) to babysit\b", r"\bbabysitting (?:him|her|you|them)\b",
    r"\btoo much to ask\b",
]
_CANT_EVEN = re.compile(r"\b(?:you|he|she|they|u)(?:'re| are| is|'s)? (?:can't|cannot|can not|couldn't|could not|doesn't|does not|don't|do not|didn't|did not|won't|wouldn't|isn't|wasn't) (?!(?:miss|fail|forget|skip|lose|lost|break|broke|drop)\w* )(?:\w+ )?even\b(?! (?:tell|notice|see|spot|know it|guess|if|though))")
#: (a failure denied with "even" is praise: "he did not skip even one handover")
_EXCUSED = re.compile(r"\b(?:because|due to|since|as the|owing to|get a chance|got a chance|the chance|sick|ill|injured|leave|flight|train|weather)\b")
_PA = _alternation(_PA_PERSON + _PA_WRITER)
_PA_Q = _alternation(_PA_QUESTION)
_PA_ANCHORS = re.compile(r"\b(?:for once|for a change|just once|stick to|too much to ask)\b")


#: Whole-sentence sneers: "Typical.", "Figures.", "Seriously?"
_SNEER_SENTENCE = re.compile(r"^\W*(?:(great|brilliant|wonderful|fantastic|perfect|lovely|marvellous|superb|nice|excellent),? just \1|typical|classic|figures|shocker|go figure|sigh|ugh|smh|seriously\?|really\?|"
                             r"unbelievable|of course|naturally|surprise,? surprise|what a surprise|who knew|"
                             r"(?:so|how) typical|no surprises there|called it)\W*$")


@register_check("passive-aggressive")
def passive_aggressive(doc: Doc, params: dict[str, Any], words: WordLists) -> Iterable[tuple[int, int]]:
    """Stock passive-aggressive devices said to or of the person (see the list above)."""
    for sent in doc.sents:
        text = sent.text.replace("\u2019", "'")
        low, back = normalize_informal(sent.text)
        if _SNEER_SENTENCE.match(low) and len(sent) <= 5:
            yield sent.start, sent.end
            continue
        m = _PA_Q.search(low) if text.rstrip().endswith("?") else None
        if m is None and not _EXCUSED.search(low):
            m = _CANT_EVEN.search(low)
        mapped: list[int] | None = back
        if m is None:
            m = _PA.search(low)
            if m is None:
                mapped = None  # the two searches below run on the original text
                m = re.search(r"^\W*(?:[Tt]ypical|[Cc]lassic)(?: of)? [A-Z][a-z]+\b", text) or re.search(
                    r"\b[A-Z][a-z]+ (?:never|doesn't|does not|didn't|did not|somehow doesn't) (?:seem to )?(?:has|have|had|needs?|makes?|gets?) "
                    r"(?:this|that|these|those|any|such|the same) (?:kind of |sort of )?(?:problems?|issues?|trouble|mistakes?|errors?|complaints?)\b", text)
            if m is None:
                continue
            if _PA_ANCHORS.search(m.group(0)):
                # "for once", "stick to": only about a person or as an order to one
                first = next((t for t in sent if not t.is_punct), None)
                imperative = first is not None and (first.tag_ == "VB" or first.lower_ in (
                    "try", "maybe", "could", "can", "would", "will", "just", "please", "do", "be", "so"))
                subj_person = any(t.dep_ in ("nsubj", "nsubjpass") and (t.lower_ in _REVIEWEE or t.pos_ == "PROPN")
                                  for t in sent)
                if not (imperative or subj_person):
                    continue
                if any(t.lower_ in ("credit", "deserved", "well-deserved", "thanks", "thank", "great", "proud")
                       for t in sent):
                    continue
        if re.search(r"one job|strikes again|for once|for a change", m.group(0)) and words.positive.search(low) \
                and not any(_is_failure(t) for t in sent):
            continue  # "she had one job on the project, and she delivered it early"
        yield from _yield_regex(doc, sent, m, mapped)
