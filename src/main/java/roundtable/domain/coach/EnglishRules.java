package roundtable.domain.coach;

import static roundtable.domain.coach.Verdict.ADVICE;
import static roundtable.domain.coach.Verdict.ADVICE_IN_DISGUISE;
import static roundtable.domain.coach.Verdict.CLOSED_QUESTION;
import static roundtable.domain.coach.Verdict.EXPERIENCE;
import static roundtable.domain.coach.Verdict.OPEN_QUESTION;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The coach's English, in one place. Every rule is a regular expression over a normalised sentence
 * (lower case, straight quotes, single spaces; see {@link Coach}) with a few words on why it
 * indicates its verdict. Rules are tried in order and the first match decides for a sentence, so
 * narrow rules come before broad ones.
 *
 * <p>Patterns are written to stay linear on long texts: no quantifier is nested inside another
 * unbounded one, repeated groups are bounded ({@code {0,4}}), and "up to the end of the clause"
 * is a single negated character class.
 *
 * <p>Labelling policy the rules follow (and the test corpus was labelled by):
 * <ul>
 *   <li>A question that proposes a move (an action, a tool, a book, a diagnosis) is advice in
 *       disguise, whatever its grammar: "Have you tried…", "Could you delegate…", "Isn't the real
 *       problem…".</li>
 *   <li>"Have you thought about <em>what/how/why</em>…" invites reflection, not a move: a closed
 *       question, not advice. "Have you noticed…", "Have you told…", "Did you talk to…" ask for
 *       facts: closed.</li>
 *   <li>A question answered by one fact ("How many…", "When is…", "What's your runway?") is
 *       closed, even though it opens with a question word.</li>
 *   <li>Plain advice typed into a questions phase counts as advice in disguise (the questions
 *       phase has no plain-advice verdict, and it is the same flag).</li>
 *   <li>In an experience phase, a single advising sentence makes the text advice, even after a
 *       story; a lesson framed as one's own ("what I learned is that you can't…") and reported
 *       speech ("my mentor told me to…") stay experience; a generic "you" ("when you run on-call
 *       for a year, you learn…") is experience unless it carries an obligation ("you need…").</li>
 *   <li>Advice behind an open opener is still advice in disguise: "what if you just…", "how about
 *       offering…", "what do you think about / how do you feel about hiring…" (a proposed move;
 *       about a thing, or about being or having something, they ask for a view and are open).
 *       Hedged advice too: "I wonder whether you might…", "maybe consider…", "might be worth…".</li>
 *   <li>Advice someone once gave, quoted or reported ("my mentor told me 'you should let go'",
 *       "our investor's rule was: never…", "I remember thinking, you need to…"), is part of the
 *       writer's story; advice the writer then addresses to the presenter is advice.</li>
 *   <li>"What year / what time / what percentage…", "who's your…", "where's…" and a choice between
 *       two things ("…, seed or Series A?") ask for one fact: closed. "Why?", "and then?", "how
 *       come?" invite the presenter to go on: open.</li>
 * </ul>
 */
public final class EnglishRules {

    private EnglishRules() {
    }

    /** Verbs that, opening a clause, make it an instruction: "Talk to…", "Hire…", "Keep…". */
    private static final String IMPERATIVE_VERBS = Words.tree("(?:accept|add|apply|ask|automate|avoid|be|block|book|bring|build|call"
            + "|cancel|cap|change|charge|check|choose|commit|consider|cut|delegate|document|double|drop|fire"
            + "|focus|forget|get|give|go|hand|hire|hold|ignore|invest|keep|kill|learn|leave|let|limit|listen"
            + "|look|lower|make|measure|move|negotiate|offer|pay|pick|plan|prioriti[sz]e|protect|push|put|quit"
            + "|raise|reach|read|reduce|remember|remove|run|schedule|sell|send|set|ship|sign|simplify|sit|sleep"
            + "|slow|speak|spend|split|start|stay|step|stick|stop|take|talk|tell|test|think|track|treat|trust"
            + "|try|use|wait|walk|write|do(?! (?:you|we|they|i|people|the|your|our|any)\\b))");

    /** Adverbs that may sit before an imperative: "just raise…", "definitely go…", "always get…". */
    private static final String SOFTENERS = "(?:(?:just|maybe|perhaps|really|definitely|simply|please|seriously|first"
            + "|always|absolutely|totally|also|now|then|honestly) ){0,2}";

    /**
     * Where an instruction can start inside a sentence: its start, after ; : a dash, ", so", or after
     * an opening condition ("If you get the chance, go…", "Whatever happens, keep…").
     */
    private static final String CLAUSE_INSIDE = "(?:[;:] |[\\u2014\\u2013] | - |, (?:so|then|and then|and just|but just) )";

    private static final String AFTER_CONDITION = "^(?:if|when|once|before|after|whatever|whenever|wherever|as soon as|until"
            + "|next time|either way|in any case|at the very least|at least|above all|for now|meanwhile|in the meantime"
            + "|whatever you decide)\\b[^,]{0,80}, ";

    /**
     * A rule for an instruction at a clause start, as three rules, one per kind of start: each of
     * them can then be searched quickly (an anchored pattern is tried once; the others only where
     * their punctuation is).
     */
    private static List<Rule> atClauseStart(Verdict v, String body, String why) {
        return List.of(Rule.of(v, "^" + body, why), Rule.of(v, CLAUSE_INSIDE + body, why),
                Rule.of(v, AFTER_CONDITION + body, why));
    }

    /** Verbs after "you could / might" that describe rather than propose ("you could see the tension"). */
    private static final String NOT_A_MOVE = Words.tree("(?:be|have|feel|find|know|remember|say|think|see|hear|imagine|guess|tell|notice"
            + "|sense|expect|end|lose|fail|argue|call|easily|never|not|only|well|probably|already|still|get hurt|get burned"
            + "|regret|wonder|miss|hardly)");

    private static final String NEGATED = "(?:don|doesn|isn|aren|wouldn|shouldn|couldn|can|won|haven|hasn|wasn|weren"
            + "|didn|mightn|mustn)'?t";

    private static final String WH = "(?:what|how|why|who|whom|where|when|which|whether)";

    /**
     * Question forms that carry a suggestion, anchored at the start of a sentence. They mean advice
     * in disguise in a questions phase and plain advice in an experience phase.
     */
    static List<Rule> suggestionsAsQuestions(Verdict v) {
        return List.of(
                Rule.of(v, "^(?:what|how) (?:do|would|did|does) you (?:think|feel) (?:about|of) (?:(?:just|simply|maybe|perhaps) )?"
                                + "(?!being\\b|having\\b|feeling\\b|losing\\b|getting\\b|working\\b|living\\b|doing\\b)\\w+ing\\b",
                        "'what do you think about / how do you feel about doing X' puts X forward; about a thing, or "
                                + "about being or having something, it asks for a view and is excepted"),
                Rule.of(v, "^(?:could|would|might|is|isn'?t|wouldn'?t) (?:the|your|one|a) (?:answer|solution|fix|way forward|next"
                                + " step|best move|right move|move|option)\\b[^?.!]{0,20}\\b(?:be|to)\\b",
                        "'could the answer be to…' offers the asker's answer"),
                Rule.of(v, "^(?:is there (?:a|any|some) (?:way|chance|possibility|option)|any chance|what are the chances)(?: that)?"
                                + " (?:you|we) (?:could|can|might|would)\\b",
                        "'is there a way you could… / any chance you could…' proposes the move it asks about"),
                Rule.of(v, "^how would it (?:be|look|work) if (?:you|we)\\b",
                        "'how would it be if you told them first?' proposes the order of things"),
                Rule.of(v, "^(?:would|could|might|will|can) (?:a|an|some|more|better|another|having|getting|hiring|bringing|adding"
                                + "|talking to)\\b[^?.!]{0,60}\\b(?:help|solve|fix|work|make a difference)\\b"
                                + "|^(?:a|an|some|more|having|getting|hiring|bringing in|talking to)\\b[^?.!]{0,60}\\b(?:might|could"
                                + "|would|may) (?:really |also )?(?:help|solve|fix|work|be worth)\\b",
                        "'could a mediator help? / (I wonder if) a coach might help' proposes the helper"),
                Rule.of(v, "^(?:(?:have|did|had) you )?(?:ever )?(?:tried|try|looked (?:into|at)|look (?:into|at)"
                                + "|explored|explore|checked out|check out|experimented with|played with)\\b",
                        "asking whether someone tried or looked into something proposes doing it"),
                Rule.of(v, "^(?:(?:have|did|had) you )?(?:ever )?(?:considered|consider|thought (?:about|of)"
                                + "|think (?:about|of))\\b(?! " + WH + "\\b)",
                        "asking whether someone considered a move proposes it; considering what/how/why "
                                + "something is asks them to reflect, and is excepted"),
                Rule.of(v, "^(?:have|had) you (?:ever )?(?:read|heard (?:of|about)|come across|listened to)\\b",
                        "asking about a book, method or tool recommends it"),
                Rule.of(v, "^why (?:not\\b|(?:don'?t|do not|wouldn'?t|won'?t|can'?t|haven'?t|shouldn'?t|couldn'?t"
                                + "|didn'?t) you\\b)",
                        "'why don't you / why not' asks the presenter to defend not doing what the asker would do"),
                Rule.of(v, "^" + NEGATED + "\\b(?! you (?:say|said|mention|mentioned|tell us)\\b)",
                        "a negative question presumes its answer ('isn't it…' = 'I think it is'): an opinion "
                                + "in question form; checking what was said earlier is the exception"),
                Rule.of(v, "^should\\b",
                        "a question about what ought to happen carries the asker's view of what to do"),
                Rule.of(v, "^(?:would|could|might|will) it (?:not )?(?:make (?:more )?sense|help|be "
                                + "(?:(?:a lot|much|way|even|any) )?(?:easier|better|smarter|simpler|possible|worth|wise"
                                + "|good|helpful|useful|cheaper|faster|safer|an option|a good idea))\\b",
                        "'would it help / be easier to…' weighs a solution the asker already has in mind"),
                Rule.of(v, "^(?:would|could|might) (?:a|an|some|more|better|another) [^?.!]*\\b(?:help|solve|fix)\\b",
                        "'would a X help?' proposes X as the fix"),
                Rule.of(v, "^is it (?:not |maybe |perhaps |possibly |really )?(?:worth|time|possible|better|wise"
                                + "|smarter|easier|an option|a good idea)\\b",
                        "'is it worth / time to / possible that…' offers the asker's move or diagnosis"),
                Rule.of(v, "^(?:is|was) there (?:a|any) (?:good )?reason (?:why )?you (?:haven'?t|don'?t|aren'?t"
                                + "|didn'?t|can'?t|won'?t|wouldn'?t)\\b",
                        "asking for a reason not to do something says it should be done"),
                Rule.of(v, "^is (?:the|your) (?:real|actual|underlying|root|true) (?:problem|issue|cause|question)\\b",
                        "naming 'the real problem' is the asker's diagnosis"),
                Rule.of(v, "^(?:what|how) about (?:(?:just|simply|maybe) )?\\w+ing\\b|^how about (?:(?:just|simply|maybe) )?"
                                + "(?:you|we|a|an|some)\\b(?!\\s*\\?*$)|^what about (?:(?:just|simply|maybe) )?(?:a|an|some)\\b",
                        "'what/how about doing X' puts X forward"),
                Rule.of(v, "^what if (?:you|we) (?:just|simply) \\w+",
                        "'what if you just…' proposes a move and makes it sound easy, even as 'what if you just didn't…'"),
                Rule.of(v, "^what if (?:you|we) (?:(?:just|simply|only|maybe) )?(?!could\\b|couldn'?t\\b|can'?t\\b"
                                + "|had\\b|hadn'?t\\b|didn'?t\\b|did not\\b|don'?t\\b|do not\\b|were\\b|weren'?t\\b|are\\b"
                                + "|aren'?t\\b|lose\\b|lost\\b|fail\\b|failed\\b|got\\b|have\\b|never\\b|knew\\b|know\\b"
                                + "|ran out\\b|wanted\\b|felt\\b|feel\\b)\\w+",
                        "'what if you did X' proposes X; 'what if you could / didn't have to' only imagines"),
                Rule.of(v, "^(?:could|can|couldn'?t|can'?t) you (?:not )?(?:just|simply|maybe|perhaps|always)\\b",
                        "'could you just…' proposes a move and makes it sound easy"),
                Rule.of(v, "^could you (?!(?:please )?(?:tell|say|share|walk|talk|take|describe|explain|help|give"
                                + "|paint|expand|elaborate|clarify|imagine|see|live|afford|picture|remember|recall|have|be"
                                + "|ever|really|possibly|still)\\b)\\w+",
                        "'could you <do something>' proposes that action; invitations to tell or imagine excepted"),
                Rule.of(v, "^would you (?:(?:ever|maybe|perhaps|possibly) )?(?:(?:want|like) to )?(?:consider|think about|be open to"
                                + "|try)\\b",
                        "'would you consider X' puts X on the table"),
                Rule.of(v, "^do you (?:really|actually|even|honestly|truly) (?:need|have to|want|think|believe)\\b",
                        "'do you really need…' signals the asker's doubt"),
                Rule.of(v, "^(?:do|don'?t) you (?:not )?think\\b[^?.!]*\\b(?:should|ought to|need to|would be better"
                                + "|could just|might want|better off|(?:would|might|could|will) (?:help|work|fix|solve|make (?:more )?sense"
                                + "|be (?:better|worth|wise|easier|a good idea)))\\b",
                        "'do you think you should… / a coach might help?' is a recommendation asked as an opinion"),
                Rule.of(v, "^(?:maybe|perhaps),? (?:you (?:could|should|can|might|need)|try|just|consider|ask|talk|get)\\b",
                        "'maybe you could…' is a suggestion with a question mark"));
    }

    /** Statements that advise, wherever they appear. */
    static List<Rule> adviceStatements(Verdict v) {
        List<Rule> rules = new ArrayList<>();
        rules.addAll(atClauseStart(v, SOFTENERS + IMPERATIVE_VERBS + "\\b(?![,'-])",
                "a clause that opens with a bare verb is an instruction: 'Talk to…', 'Just raise…'"));
        rules.addAll(atClauseStart(v, "(?:always|just|definitely|simply|please|really|seriously|never) have\\b",
                "'always have / just have…' is an instruction ('have' alone opens questions, so it needs the adverb)"));
        rules.addAll(atClauseStart(v, "(?:(?:just|maybe|perhaps|please|seriously|and) ){0,2}(?:don'?t|do not|never) "
                        + "(?!had\\b|was\\b|were\\b|did\\b|got\\b|thought\\b|knew\\b|know\\b|saw\\b|heard\\b"
                        + "|been\\b|really\\b|even\\b|remember\\b|recall\\b)\\w+",
                "a clause that opens with 'don't' or 'never' and a verb forbids something"));
        rules.addAll(List.of(
                Rule.of(v, "\\byou (?<!\\b(?:do|did|does|would|will|can|could|should|must|shall|may|might|if|when|unless|than"
                                + "|as) you )(?:(?:really|just|definitely|probably|absolutely|honestly|seriously|simply|certainly"
                                + "|totally|still|also|only|first|all|both) )?(?:should|shouldn'?t|ought to|must|mustn'?t"
                                + "|need|needn'?t|have to|has to|had better|better)\\b",
                        "'you should / need / have to / must' puts an obligation on the listener"),
                Rule.of(v, "\\byou(?:'d| had) better\\b|\\byou(?:'ve| have)? got to\\b|\\byou(?:'ll| will|'re going to"
                                + "| are going to) (?:need|want|have) (?:to|a|an|some|the|your|more|that|this|it|them|someone|somebody)\\b",
                        "'you'll want to / you'll want a lawyer / you've got to' is an obligation said softly"),
                Rule.of(v, "\\byou (?<!\\b(?:if|when|as|than|that|what|where|how|so) you )(?:(?:really|just|definitely|probably|also"
                                + "|maybe|perhaps) )?(?:could|might|may) (?:(?:always|just|also|simply|really|maybe|perhaps|try to) )?"
                                + "(?!" + NOT_A_MOVE + "\\b)\\w+"
                                + "|\\byou (?<!\\b(?:if|when|as|than) you )(?:could|can|might) (?:always|just|simply) \\w+",
                        "'you could ask / might want to / could always…' is a suggestion; 'you could see / might think' "
                                + "describes, and is excepted"),
                Rule.of(v, "\\byou(?:'ll| will) (?:never |not )?(?:regret|thank (?:me|yourself)|be glad)\\b|\\byou won'?t regret\\b",
                        "'you won't regret it' promises a result to whoever follows the advice"),
                Rule.of(v, "\\bi(?:'d| would)? say,? (?:just )?(?:go for it\\b|do it\\b|" + IMPERATIVE_VERBS + "\\b(?! (?:i|we)\\b))",
                        "'I'd say go for it' is a recommendation with the hedge in front"),
                Rule.of(v, "(?:^|\\b(?:it(?:'s| is| might be| may be| could be| would be)|might be|may be|could be|probably|possibly"
                                + "|definitely|maybe|perhaps|totally|well|always|so) )worth (?:(?:a|an) (?:\\w+ )?(?:try|shot|look|go"
                                + "|conversation|call|thought|chat|talk|coffee|read|listen|visit|punt|ask|question|test|pilot|experiment)"
                                + "|(?:\\w+ing)\\b)",
                        "'(might be) worth a try / worth asking…' recommends, with or without its subject"),
                Rule.of(v, "\\bsomething (?:to|worth|you (?:could|might) (?:want to )?) ?(?:consider|considering|think about|thinking"
                                + " about|try|trying|look at|looking at|keep in mind)\\b|\\b(?:one|another|an|the other) (?:option|idea"
                                + "|alternative|approach|possibility|thing you could do)(?: here)? (?:(?:might|could|would|may) be|is)"
                                + " (?:to\\b|\\w+ing\\b)",
                        "'something to consider is… / one option might be to…' puts a move on the table"),
                Rule.of(v, "\\bif i (?:were|was) (?:you|in your (?:shoes|position|place|situation))\\b|\\bin your "
                                + "(?:shoes|position|place|situation),? i(?:'d| would)\\b|\\bif you ask me\\b|\\bwhatever you do\\b",
                        "putting oneself in the presenter's place tells them what to do"),
                Rule.of(v, "\\bthere(?:'s| is) no (?:point|need|reason|sense|use)\\b(?! (?:in )?(?:me|us|my|our)\\b)",
                        "'there's no point / no need…' dismisses an option for the listener"),
                Rule.of(v, "\\byour [\\w-]+(?: [\\w-]+)? (?:needs to|has to|should|must|ought to)\\b",
                        "an obligation put on the presenter's people ('your co-founder needs to…') tells the "
                                + "presenter what to make happen"),
                Rule.of(v, "\\bmy (?:advice|suggestion|recommendation|tip|two cents)\\b",
                        "it says it is advice"),
                Rule.of(v, "\\bi(?:'d| would| do)? (?:(?:strongly|really|definitely|honestly|personally) )?(?:recommend"
                                + "|suggest|advise|encourage|urge)\\b",
                        "'I'd recommend / I suggest' is a recommendation"),
                Rule.of(v, "^(?!.*\\b(?:back then|back when|used to|in those days|in my \\w+ days|at the time|every (?:day|night|morning|week|time)"
                                + "|whenever|when i was)\\b).*?\\bi(?:'d| would) (?:(?:definitely|probably|personally|honestly"
                                + "|really|just|also|certainly|absolutely|still|first|never|always|seriously|strongly) )?"
                                + "(?!have\\b|be\\b|love\\b|like\\b|hate\\b|say\\b|imagine\\b|guess\\b|think\\b|bet\\b|expect\\b"
                                + "|hope\\b|argue\\b|rather\\b|been\\b|often\\b|sometimes\\b|usually\\b)\\w+",
                        "'I'd take the offer' is what the writer would do in the presenter's place; 'I would have…' "
                                + "looks back, and 'back then I would…' is a habit in the past: both excepted"),
                Rule.of(v, "\\b(?:best|only|key|trick|answer|secret|solution|first step|right move|smart move"
                                + "|important thing|thing to do)\\b(?: [\\w']+){0,4} (?:is|are|would be|will be|'d be|'s)"
                                + " (?:to|that you|just|simply|always)\\b"
                                + "|\\b(?:only|best|one) (?:thing|way|approach|fix|option|answer)s?(?: that)? (?:works|helps"
                                + "|matters) is\\b",
                        "'the best thing / the key / the only way is to…', 'the only thing that works is…' prescribe"),
                Rule.of(v, "\\bit(?:'s| is| would be| might be| may be| could be| will be|'d be|'ll be) "
                                + "(?:(?:probably|definitely|always|really|also|maybe|usually|often) )?(?:an idea|an option|sensible"
                                + "|advisable|prudent|worth|wise|smart"
                                + "|better|best|good|helpful|useful|important|key|essential|crucial|a good idea|a great idea"
                                + "|a smart move)\\b(?<!worth(?= (?:it|that)\\b))"
                                + "|\\bit (?:might|may|could|would|will|can) (?:really |also )?help\\b"
                                + "|\\bit(?:'s| is) (?:(?:about|high|maybe|probably|perhaps) )?time (?:to|you|for you)\\b",
                        "'it might be worth / it's important that / it's time to…' is a polite recommendation; "
                                + "'it was worth it' is not"),
                Rule.of(v, "^the (?:sooner|earlier|faster|quicker|less|more|fewer)\\b[^,]*, the (?:better|easier|less|more)\\b",
                        "'the sooner you…, the better' urges an action"),
                Rule.of(v, "^(?:(?:it's |it is )?better to|best to|(?:you'd|you would) be better off)\\b",
                        "'better to…' recommends"),
                Rule.of(v, "\\bwhat you (?:really )?(?:need|want|should do|have to do|must do|ought to do)(?: to do)?"
                                + " (?:is|are|now is)\\b",
                        "'what you need is…' tells the presenter what they lack")));
        return rules;
    }

    private static List<Rule> questionRules() {
        List<Rule> rules = new ArrayList<>();
        rules.add(Rule.of(OPEN_QUESTION, "^(?:(?:can|could|would|will) you (?:please )?)?(?:tell (?:me|us)|say "
                        + "(?:a bit |a little |some(?:thing)? )?(?:more|about)|share (?:more|a bit|a little|what|how|why|with us|an example)"
                        + "|walk (?:me|us) through|talk (?:me|us) through|take (?:me|us) through|describe|explain"
                        + "|help (?:me|us) (?:to )?understand|give (?:me|us) an example|paint (?:me |us )?a picture"
                        + "|expand on|elaborate)\\b",
                "an invitation to tell, describe or explain leaves the whole answer to the presenter"));
        rules.addAll(suggestionsAsQuestions(ADVICE_IN_DISGUISE));
        rules.add(Rule.of(ADVICE_IN_DISGUISE, "^you(?:'ve| have)? (?:ever |already )?(?:tried|considered|thought (?:about|of)"
                        + "|looked (?:into|at)|explored)\\b(?! " + WH + "\\b| (?:everything|anything|all|so|hard|your best|it all"
                        + "|for)\\b)",
                "'(I'm curious whether) you've thought about selling?' is 'have you considered…' turned round"));
        rules.add(Rule.of(ADVICE_IN_DISGUISE, "\\b(?:you|to|from|by) (?:just|simply) (?!said\\b|mentioned\\b|told\\b|started\\b"
                        + "|joined\\b|got\\b|arrived\\b|described\\b|explained\\b)\\w+",
                "'just / simply' before an action in a question makes a proposal sound obvious"));
        rules.add(Rule.of(CLOSED_QUESTION, "^how (?:many|much|long|often|old|big|far|soon|frequently|large|small)\\b",
                "asks for a quantity: the answer is a number"));
        rules.add(Rule.of(CLOSED_QUESTION, "^when (?:is|was|are|were|did|will)\\b",
                "asks for a point in time: the answer is a date"));
        rules.add(Rule.of(OPEN_QUESTION, "^(?:and )?(?:then|and then|what then|what next|next|after that|so|and|go on|like what"
                        + "|such as|meaning|in what way|how so|how come|why|why so|say more|tell me more|what else|and after"
                        + "|because|how)\\s*[?.!]*$",
                "a very short follow-up ('and then?', 'how come?', 'why?') invites the presenter to go on"));
        rules.add(Rule.of(CLOSED_QUESTION, "^(?:what|which) (?:year|month|day|date|time|age|percentage|percent|share|size"
                        + "|stage|series|version|currency|salary|title|city|country|time ?zone|quarter|week|number|price|rate"
                        + "|grade|level|tool|language|bank)\\b",
                "asks for a date, an age, a size or a name from a list ('what year did you start?'): the answer is one fact"));
        rules.add(Rule.of(CLOSED_QUESTION, "^(?:what|which|who|where|when|how)\\b[^?.!]{0,80}, (?:[\\w'-]+ ){0,3}or (?:[\\w'-]+ ?){1,4}"
                        + "\\?*$",
                "offering alternatives to pick from ('what stage is it, seed or Series A?') asks for one of them"));
        rules.add(Rule.of(CLOSED_QUESTION, "^what(?:'s| is| was| are| were) (?:the|your|their|our|his|her) "
                        + "(?:(?:current|total|monthly|annual|yearly|expected|planned|real|actual|average|agreed|new) )?"
                        + "(?:runway|budget|deadline|price|pricing|salary|burn(?: rate)?|headcount|revenue|arr|mrr|margin"
                        + "|valuation|timeline|date|cost|churn(?: rate)?|rate|number|team size|notice period|target|quota"
                        + "|round size|size|name|title|age|percentage|share|amount|length|duration|stage|status|location|currency"
                        + "|split|ratio|equity|stake|vesting(?: schedule)?)\\b(?! of \\w+ing\\b)",
                "asks for a figure ('what's your runway?'): the answer is one fact; "
                        + "'the cost of waiting' asks for a judgement and is excepted"));
        rules.add(Rule.of(CLOSED_QUESTION, "^who(?:'s| is| was| are| were|'re| signs| owns| makes| made| decides| decided"
                        + "| approves| approved| pays| runs| leads| hired| reports| manages)\\b(?! (?:else|also)\\b)",
                "asks for a name: the answer is one person"));
        rules.add(Rule.of(CLOSED_QUESTION, "^where(?:'s| is| are| was| were)\\b(?![^?.!]*\\b\\w+ing\\b)",
                "asks for a place: the answer is one word ('where is that coming from?' asks for a story, and is "
                        + "excepted)"));
        rules.add(Rule.of(CLOSED_QUESTION, "^which one\\b",
                "asks for a pick: the answer is one word"));
        rules.add(Rule.of(OPEN_QUESTION, "^(?:(?:if|when|once|after|before|given|assuming|suppose|imagine|say|now that"
                        + "|as|since|with|beyond)\\b|\\w+ing\\b)[^,?.!]*, " + WH + "\\b",
                "a scenario followed by a what/how question invites the presenter to think it through"));
        rules.add(Rule.of(OPEN_QUESTION, "^(?:what|how|why|where|who|whom|whose|which|in what|in which|to what extent"
                        + "|at what|from what)\\b",
                "what / how / why questions cannot be answered with yes or no"));
        rules.addAll(adviceStatements(ADVICE_IN_DISGUISE));
        rules.add(Rule.of(CLOSED_QUESTION, "^(?:do|does|did|is|are|was|were|am|have|has|had|can|could|will|would|may"
                        + "|might|must|shall)\\b",
                "a question opening with an auxiliary verb is answered with yes or no (with or without its '?')"));
        rules.add(Rule.of(CLOSED_QUESTION, ",\\s*(?:right|correct|true|yes|no|isn'?t it|is it|aren'?t they|don'?t you"
                        + "|didn'?t you|wasn'?t it|or not|ok|okay)\\s*\\?*$",
                "a tag question ('…, right?') asks for a confirmation"));
        return rules;
    }

    /** What marks a text as the writer's own story. */
    private static List<Rule> storyRules() {
        return List.of(
                Rule.of(EXPERIENCE, "\\b(?:i|we)(?:'ve| have| had)? (?:\\w+ed|was|were|had|did|took|went|made|got|felt"
                                + "|knew|thought|found|kept|left|spent|told|saw|gave|lost|ran|began|built|paid|sold|brought|chose"
                                + "|fell|heard|led|met|quit|won|wrote|been)\\b",
                        "first person in the past tense: something the writer lived through"),
                Rule.of(EXPERIENCE, "\\b(?:my|our) (?:experience|story|case|team|company|last|first|previous)\\b"
                                + "|\\bin my\\b|\\bfor (?:me|us)\\b|\\bremind(?:s|ed)? me\\b|\\bwhen (?:i|we)\\b",
                        "the writer frames it in their own life"),
                Rule.of(EXPERIENCE, "\\bwhen you\\b",
                        "a generic 'when you…' describing what happens, with no instruction in it"));
    }

    /** Informal spellings typed in a hurry; apostrophe-less forms that are also words (its, wont, id) are left alone. */
    private static List<Spelling> spellings() {
        List<Spelling> spellings = new ArrayList<>();
        for (String negation : List.of("don", "doesn", "didn", "isn", "aren", "wasn", "weren", "haven", "hasn", "hadn",
                "wouldn", "shouldn", "couldn", "mustn")) {
            spellings.add(Spelling.of(negation + "t", negation + "'t"));
        }
        spellings.add(Spelling.of("cant", "can't"));
        for (String word : List.of("what", "how", "where", "who", "that")) {
            spellings.add(Spelling.of(word + "s", word + "'s"));
        }
        spellings.add(Spelling.of("im", "i'm"));
        spellings.add(Spelling.of("ive", "i've"));
        spellings.add(Spelling.of("youre", "you're"));
        spellings.add(Spelling.of("youve", "you've"));
        spellings.add(Spelling.of("youll", "you'll"));
        spellings.add(Spelling.of("youd", "you'd"));
        spellings.add(Spelling.of("u", "you"));
        spellings.add(Spelling.of("ur", "your"));
        spellings.add(Spelling.of("pls", "please"));
        return spellings;
    }

    private static List<Mask> masks() {
        return List.of(
                Mask.of("\"[^\"]{0,400}\"",
                        "a quotation in double quotes is someone else's words, or a title"),
                Mask.of("'(?<![\\p{L}\\p{N}]')[^']{1,400}'(?![\\p{L}\\p{N}])",
                        "a quotation in single quotes (contractions like don't are left alone)"),
                Mask.of("\\b(?<!\\byou )(?:told|taught|advised|warned|reminded|said|says|asked|suggested|recommended|insisted"
                                + "|urged|encouraged|replied|wrote|used to say|would say|always say|(?:kept |keep )?telling (?:myself"
                                + "|me|us)|saying to (?:myself|me|us))\\b[^,;.?!]*",
                        "reported speech, to the end of its clause (a colon introduces the words reported): what "
                                + "someone said, not the writer's advice; 'what if you told her…' is a proposal, not a report"),
                Mask.of("\\bi (?:remember |recall )?(?:(?:thinking|thought)(?: to myself)?[,:] [^,;.?!]*|(?:thinking|thought) to"
                                + " myself\\b[^,;.?!]*|(?:asked|said to) myself\\b[^,;.?!]*)",
                        "what the writer once thought ('I remember thinking, you need to…') is part of their story"),
                Mask.of("\\b(?:advice|rule|motto|mantra|maxim|line|words|principle|tip|suggestion|recommendation)s?(?: (?:(?:i|we)"
                                + " (?:ever )?(?:got|received|had|heard|was given|were given)|(?:to|for) (?:me|us)))? (?:was|were|had been"
                                + "|used to be)\\b[^.?!]*",
                        "advice someone once gave ('our investor's rule was: never…', 'the best advice I got was to…') is "
                                + "reported, in the past"),
                Mask.of("\\bi(?:'d| would)\\b[^.?!,;]*\\bagain\\b|\\bif i (?:were to do|did|had to do|could do) (?:it|this|that)"
                                + " (?:all )?(?:again|over)\\b",
                        "'I'd make it again / I'd never … again' is the writer's own resolution, drawn from their past; "
                                + "only that clause is set aside, so '…, and you should too' is still seen"),
                Mask.of("\\b(?:we|i) (?:had|have|made|set|kept) (?:a|one|the|this|our|my) (?:simple |single |golden |strict )?"
                                + "(?:rule|policy|principle|motto|mantra)\\b[^.?!]*"
                                + "|\\b(?:our|my) (?:rule|policy|motto|mantra|principle) (?:was|is|became)\\b[^.?!]*",
                        "a rule the writer's own team lived by ('we had one rule: never…') describes their practice"),
                Mask.of("\\b(?:i|we)(?:'ve| have| had)? (?:\\w+ )?(?:learned|learnt|realised|realized|discovered|found out"
                                + "|noticed|found)\\b(?:(?!\\b(?:so|but)\\b)[^,;:.?!])*|\\bthe lesson (?:for (?:me|us)|i|we)\\b[^,;.?!]*",
                        "a lesson the writer drew ('what I learned is that you can't…') is their experience; "
                                + "it ends at the clause, so '…, so you should' is still seen"),
                Mask.of("\\b(?:don'?t get me wrong|trust me|believe me|mind you|let me|let us|to be fair|don'?t know"
                                + "|do not know|don'?t remember|i mean|you know|you see|thank you|if you will|as you know"
                                + "|as you said|like you said|as you mentioned)\\b",
                        "idioms that look like instructions or address 'you' without advising"));
    }

    /** Fillers at a sentence's start; the ambiguous ones (look, well…) only with punctuation after them. */
    private static Pattern leadIn() {
        String loose = "(?:so|and|but|also|honestly|frankly|genuinely|seriously|personally|out of curiosity|just curious"
                + "|quick question|one more question|another question|i'm curious(?: whether| if)?|i am curious(?: whether| if)?"
                + "|i'm wondering(?: whether| if)?|i am wondering(?: whether| if)?"
                + "|i wonder(?: if| whether)?|i'd like to know|i would like to know|i want to know|can i ask|may i ask"
                + "|just a thought|a thought|one thought|one idea|an idea|random thought|not sure if this is (?:useful|helpful"
                + "|relevant)|not sure if (?:this|it) helps|feel free to ignore(?: this)?|yeah|yes|long story short|in short"
                + "|bottom line|all in all|in the end|anyway)";
        String punctuated = "(?:look|listen|right|well|ok|okay|question|curious|oh|hmm|anyway|please)";
        return Pattern.compile("^(?:" + loose + "\\b[,:;.!?]*\\s+|" + punctuated + "[,:;!]+\\s*){1,4}", Rule.FLAGS);
    }

    private static Map<Verdict, String> hints() {
        return Map.of(
                OPEN_QUESTION, "Good open question: it gives the presenter room to think.",
                CLOSED_QUESTION, "This can be answered with a yes, a no or a fact. Opening with what or how invites more, "
                        + "e.g. 'How did that conversation go?'",
                ADVICE_IN_DISGUISE, "This sounds like a suggestion in question form. Ask what they have weighed instead, "
                        + "e.g. 'Which options are you considering?'",
                EXPERIENCE, "Thanks for sharing what you lived through.",
                ADVICE, "This reads as advice. Try telling it as your own story: 'When I faced something like this, I…' "
                        + "and what happened.");
    }

    public static final Language ENGLISH = new Language("en", Locale.ENGLISH, spellings(), masks(), leadIn(),
            PhaseRules.questions(questionRules()),
            PhaseRules.experience(adviceStatements(ADVICE), suggestionsAsQuestions(ADVICE), storyRules()), hints());
}
