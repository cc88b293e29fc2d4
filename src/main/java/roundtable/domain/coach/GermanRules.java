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
 * The coach's German, as data, built like {@link EnglishRules} (read that first: the labelling
 * policy is the same). What is particular to German:
 *
 * <ul>
 *   <li><b>Umlauts and ß.</b> Folded before the rules run to ae, oe, ue and ss, the way people type
 *       them without a German keyboard; the rules are written in that spelling. Folding to a plain
 *       vowel would lose what matters most here: "würde" (would: advice) against "wurde" (was: a
 *       story), "könntest" against "konntest", "müsste" against "musste".</li>
 *   <li><b>du, Sie, ihr.</b> Every advising form is listed for each: "du solltest / Sie sollten /
 *       ihr solltet", "sprich mit… / sprechen Sie mit…". Lower-casing makes the polite "Sie" the
 *       same word as "sie" (they); a "Sie" command is only read as one at the start of a clause
 *       that is not a question, and past forms ("kündigten sie") are excepted.</li>
 *   <li><b>The verb comes last.</b> "Hast du schon mal versucht, mit ihm zu reden?" puts the
 *       telling participle far from "hast du", so rules look for it anywhere in the first clause,
 *       and the clause after the comma decides between a proposal ("…, mit ihm zu reden") and a
 *       reflection ("…, was du willst").</li>
 *   <li><b>The du-command is its own form</b> ("sprich", "mach", "nimm"), rarely a noun or another
 *       person's verb, so commands are recognised from a list of the verbs advice uses.</li>
 * </ul>
 */
public final class GermanRules {

    private GermanRules() {
    }

    private static final String CLAUSE_INSIDE = "(?:[;:] |[\\u2014\\u2013] | - |, (?:also|dann|und|aber|einfach|sonst"
            + "|deshalb|darum|und dann|und zwar|und einfach|oder) |\\b(?:also|deshalb|darum|deswegen) )";

    private static final String AFTER_CONDITION = "^(?:wenn|falls|sobald|bevor|nachdem|was auch immer|egal was|egal wie"
            + "|egal wann|solange)\\b(?![^,]*\\bman\\b)[^,]*, ";

    /** Where an instruction can start inside a sentence. */
    private static final String CLAUSE = "(?:^|" + CLAUSE_INSIDE + "|" + AFTER_CONDITION + ")";

    /**
     * A command at a clause start, as one rule per kind of start, each quick to search; after a bare
     * comma too, since German puts a command there ("…, mach das bloß nicht").
     */
    private static List<Rule> atClauseStart(Verdict v, String body, String why) {
        return List.of(Rule.of(v, "^" + body, why), Rule.of(v, "(?:" + CLAUSE_INSIDE + "|, )" + body, why),
                Rule.of(v, AFTER_CONDITION + body, why));
    }

    /** du-commands that advise ("sprich", "nimm dir", "hör auf"). */
    private static final String IMPERATIVE_DU = Words.tree("(?:sprich|rede|red|frag|frage|probier|probiere|versuch|versuche|hol|nimm|gib"
            + "|mach|mache|lass|kuendige|kuendig|stell|hoer auf|hoer|sag|schreib|schreibe|such|suche|geh|bleib|bleibe|vertrau"
            + "|vertraue|denk|denke|warte|wart|erhoeh|erhoehe|senk|senke|delegier|delegiere|verhandle|verhandel|investier"
            + "|investiere|trenn|trenne|triff|sorg|sorge|achte|pass auf|ueberleg|ueberlege|plane|plan|setz|setze|leg|lege"
            + "|schau|guck|lies|lerne|lern|hilf|ruf|meld|melde|zieh|starte|start|beginn|beginne|fang|goenn|trau|akzeptier"
            + "|akzeptiere|vergiss|vermeide|verzichte|konzentrier|konzentriere|schlaf|sei|seid|halte|halt(?! so\\b)|klaer"
            + "|klaere|kuemmer|kuemmere|zeig|zeige|dokumentier|dokumentiere|miss|automatisier|priorisier|priorisiere|vereinfach"
            + "|reduzier|reduziere|streich|bau|schick|sende|biete|unterschreib|unterschreibe|wechsel|wechsle|feuer|entlass"
            + "|entlasse|buch|nutze|nutz|teste|test|miete|kauf|verkauf|verkaufe|wirf|verlass|besprich|informier|informiere"
            + "|oeffne|schliess|schliesse|atme|entspann|geniess|nehmt|macht euch|sprecht|redet|fragt|probiert es|versucht es"
            + "|holt euch|gebt|lasst|bleibt|geht|plant|sucht)");

    /** Verbs that start a polite "Sie" question or idiom rather than a command ("Haben Sie…", "Wissen Sie, …"). */
    private static final String NOT_A_SIE_COMMAND = Words.tree("(?:haben|sind|waren|hatten|koennen|koennten|wollen|wollten|muessen"
            + "|muessten|duerfen|sollen|sollten|werden|wuerden|wissen|kennen|glauben|denken|meinen|finden|fuehlen|sehen"
            + "|moechten|brauchen|arbeiten|erinnern|verstehen|hoffen|erwarten|planen|\\w+ten)");

    /**
     * Words that can open a German statement before its verb (prepositions, adverbs, pronouns,
     * articles, conjunctions), and verbs that open a yes/no question or a story ("war", "wäre",
     * "kam"), so do not show the verb-first order of a command. Words ending in -t or -en are
     * excepted by the rule itself: they are the person forms of questions ("gibt es…", "haben wir…").
     */
    private static final String NOT_FIRST_IN_A_COMMAND = Words.tree("(?:bei|mit|nach|vor|in|an|auf|aus|fuer|ohne|um|seit|zu|von|durch"
            + "|gegen|unter|ueber|hinter|neben|zwischen|waehrend|trotz|wegen|damals|heute|gestern|morgen|dann|jetzt|leider"
            + "|zum|zur|im|am|beim|vom|ins|als|wenn|weil|dass|ob|obwohl|und|aber|oder|denn|doch|auch|nur|noch|schon|so|da|dort"
            + "|hier|ja|nein|ich|du|er|sie|es|wir|ihr|man|mein|meine|meinem|meinen|meiner|unser|unsere|unserem|unseren|unserer"
            + "|dein|deine|das|der|die|den|dem|des|ein|eine|einen|einem|einer|dies|diese|dieser|dieses|diesem|diesen|jeder|jede"
            + "|jedes|alle|viele|einige|manche|mir|uns|mich|dich|dir|was|wie|wer|wo|warum|wieso|weshalb|welche|welcher|welches"
            + "|danach|davor|dabei|dafuer|damit|darum|deshalb|trotzdem|immer|nie|oft|manchmal|einmal|zuerst|anfangs|spaeter"
            + "|irgendwann|eigentlich|ehrlich|vielleicht|sicher|natuerlich|klar|gut|naja|also|tja|nun|eben|genau|wirklich"
            + "|letztes|letzten|letzte|naechstes|naechsten|vorher|nachher|seitdem|insgesamt|zum|zusammen|allein|selbst|sogar"
            + "|niemand|jemand|keiner|keine|kein|nichts|alles|etwas|beides|beide|ganz|sehr|viel|mehr|weniger|erst|fast|kaum"
            + "|war|bin|sind|seid|kann|will|muss|darf|soll|mag|weiss|wurde|wuerde|waere|haette|koennte|sollte|muesste|duerfte"
            + "|moechte|kam|ging|gab|lag|sah|nahm|fand|blieb|fiel|lief|rief|schrieb|stand|tat|bekam|gilt|klingt)");

    /** What follows a verb put first with no subject: an object, an article, an adverb or a particle. */
    private static final String AFTER_A_COMMAND = Words.tree("(?:den|die|das|dem|der|ein|eine|einen|einem|mir|dir|ihm|ihr|ihnen|uns|euch"
            + "|es|am|im|nie|nicht|keine|keinen|kein|keinem|nichts|noch|sofort|jetzt|heute|morgen|einfach|mal|doch|bitte|alles"
            + "|deinen|deine|deinem|deiner|dein|lieber|erst|endlich|ruhig|unbedingt|auf jeden fall|vorher|rechtzeitig|frueh"
            + "|langsam|klar|offen|ehrlich|direkt|genau|gut)");

    /** Participles that, in "hast du schon … ?", ask whether a move was tried or weighed. */
    private static final String TRIED = "(?:versucht|probiert|ausprobiert|erwogen|in erwaegung gezogen|in betracht gezogen"
            + "|ueberlegt|nachgedacht|gedacht|geprueft|getestet|erwaegt|angedacht|durchgespielt)";

    /** Suggestions in question form, at the start of a sentence (advice in disguise, or advice in a story). */
    static List<Rule> suggestionsAsQuestions(Verdict v) {
        return List.of(
                Rule.of(v, "^(?:hast du|haben sie|habt ihr|hattest du|hatten sie)\\b[^?.!,]{0,80}?\\b" + TRIED + "\\b"
                                + "(?!,? (?:\\w+ )?(?:was|wie|warum|wieso|weshalb|ob|wer|wo|wann|welche[rsmn]?|inwiefern|wofuer"
                                + "|wozu)\\b)",
                        "asking whether someone tried or weighed a move proposes it; having thought about what/how/whether "
                                + "asks them to reflect, and is excepted"),
                Rule.of(v, "^(?:hast du|haben sie|habt ihr)\\b[^?.!,]{0,80}?\\b(?:gelesen|gehoert von|von [^?.!,]{1,60} gehoert"
                                + "|angeschaut)\\b|^(?:kennst du|kennen sie|kennt ihr) (?:das|die|den|ein|eine|einen) [\\w-]*(?:buch|methode"
                                + "|ansatz|technik|framework|tool|podcast|konzept|modell|format|artikel|vortrag|talk|kurs|programm|prinzip"
                                + "|regel)\\b",
                        "asking about a book, method or tool recommends it"),
                Rule.of(v, "^(?:warum|wieso|weshalb) (?:denn )?(?:nicht|kein|keine|keinen)\\b(?!\\s*\\?*$)"
                                + "|^(?:warum|wieso|weshalb) (?:denn )?(?!willst|moechtest|magst|glaubst|denkst|fuehlst|weisst|traust"
                                + "|bist|sind|verstehst|findest|siehst)(?:\\w+t du|\\w+en sie|\\w+t ihr|hast du|haben sie|habt ihr)\\b"
                                + "[^?.!,]{0,80}?\\b(?:nicht|kein|keine|keinen|keinem|nie)\\b",
                        "'warum … nicht / warum nicht einfach…' asks the presenter to defend not doing what the asker would "
                                + "do; 'warum willst du nicht…' probes a motive and 'warum hat es nicht…' asks for a story"),
                Rule.of(v, "^(?:(?:und|was|was ist|was waere|und was waere|und was ist),? )?wenn (?:du|sie|ihr|wir)\\b(?![^?.!]*\\b(?:muesstest"
                                + "|muessten|muesstet|koenntest|koennten|haettest|haetten|waerst|waeren|waeret|wuerdest|wuerden"
                                + "|verlierst|verlieren|scheiterst|scheitern|irrst|taeuschst|falsch liegst|versagst)\\b)[^?.!]*\\b"
                                + "\\w{2,}(?:st|t|en|e)\\b",
                        "'was wäre, wenn du einfach…' proposes a move; 'wenn du nicht wählen müsstest' or 'wenn du "
                                + "scheiterst' only imagines, and is excepted"),
                Rule.of(v, "^wie waere es\\b|^wie waers\\b|^wie sieht es (?:mit|aus mit) [^?]*\\b\\w+(?:ung|en)\\b[^?]*\\baus\\b"
                                + "|^was (?:haeltst du|haltet ihr|halten sie) davon,? (?:\\w+ )*?(?:zu \\w+|\\w+zu\\w+en)\\b"
                                + "|^was (?:haeltst du|haltet ihr|halten sie) davon, (?:wenn|dass)\\b|^was spricht dagegen\\b"
                                + "|^was haelt dich (?:eigentlich )?davon ab, (?:einfach|mal|jetzt|endlich)\\b",
                        "'wie wäre es mit… / was hältst du davon, … zu … / was spricht dagegen…' puts a move forward"),
                Rule.of(v, "^(?:waere|waer|waers|ist|wird) es (?:denn )?(?:nicht |vielleicht |eventuell |nicht vielleicht |nicht eher"
                                + " |nicht langsam |nicht schon |nicht mal )?(?:viel |deutlich |etwas |sogar )?(?:einfacher|besser|klueger"
                                + "|sinnvoller|sinnvoll|hilfreich|gut|schlauer|leichter|eine (?:gute |gangbare |echte )?(?:idee|option"
                                + "|alternative|loesung)|an der zeit|zeit|moeglich|denkbar|ratsam|vernuenftig|angebracht)\\b",
                        "'wäre es nicht einfacher / ist es nicht an der Zeit…' offers the asker's move"),
                Rule.of(v, "^(?:waere|waer|ist|wird) (?:ein|eine|einen|das|der|die|so ein|so eine) [^?.!,]{1,60}\\b(?:eine|keine)"
                                + " (?:gute |echte |gangbare |moegliche )?(?:option|idee|loesung|alternative|moeglichkeit)\\b",
                        "'wäre ein Überbrückungskredit eine Option?' puts the asker's fix on the table"),
                Rule.of(v, "^(?:lohnt|lohnte|rentiert) (?:es )?sich\\b|^(?:wuerde|koennte|wuerden|koennten|hilft|hilfe|bringt|braechte"
                                + "|helfen) (?:es|dir|ihnen|euch|das|ein|eine|einen|mehr|vielleicht|nicht|denn|so)\\b[^?.!]{0,80}"
                                + "\\b(?:helfen|hilft|nuetzen|bringen|loesen|entlasten|gut ?tun|guttun|sinn (?:machen|ergeben))\\b",
                        "'würde es helfen / lohnt es sich…' proposes the thing that would help"),
                Rule.of(v, "^(?:solltest|solltet|sollten|muesstest|muessten|muesstet|sollte man|muesste man|muss man)\\b"
                                + "|^(?:haettest|haetten|haettet) (?:du|sie|ihr) (?:\\w+ )?(?:lust|interesse|bock)\\b",
                        "a question about what ought to happen ('solltest du nicht…'), or whether they would fancy a move "
                                + "('hättest du Lust, …'), carries the asker's view of what to do"),
                Rule.of(v, "^(?:kannst|koenntest|koennen|koennten|koennt|koenntet) (?:du|sie|ihr)\\b(?![^?.!]*\\b(?:noch|ueberhaupt"
                                + "|vorstellen|erzaehlen|erklaeren|beschreiben|sagen|teilen|schildern|ausfuehren|zusammenfassen"
                                + "|nachvollziehen|verstehen|garantieren|leben|schlafen|abschalten|erinnern|leisten|umgehen|einschaetzen"
                                + "|sehen|fuehlen)\\b)",
                        "'könntest du / kannst du + a move?' proposes that move; invitations to tell, asking what is "
                                + "still possible ('kannst du noch…') or what someone can bear are excepted"),
                Rule.of(v, "^(?:brauchst|musst|willst|muesst|braucht|wollt|brauchen|muessen|wollen) (?:du|sie|ihr) (?:\\w+ ){0,3}?"
                                + "(?:wirklich|unbedingt|ernsthaft|tatsaechlich|denn wirklich)\\b",
                        "'brauchst du wirklich…' signals the asker's doubt"),
                Rule.of(v, "^(?:meinst|glaubst|denkst|findest) du nicht\\b|^(?:meint|glaubt|denkt|findet) ihr nicht\\b|^(?:meinen"
                                + "|glauben|denken|finden) sie nicht\\b|^(?:ist|waere|liegt|sind|war) (?:das |es |der \\w+ |die \\w+ )?"
                                + "(?:nicht|das problem nicht)\\b|^(?:hast du|haben sie|bist du|habt ihr) nicht\\b(?! (?:gesagt|erwaehnt"
                                + "|erzaehlt|gemeint)\\b)",
                        "a negative question presumes its answer ('wäre es nicht besser…' = 'I think it would'): an opinion "
                                + "in question form; checking what was said earlier is excepted"),
                Rule.of(v, "^(?:denkst|glaubst|meinst|findest) du,? (?:dass )?(?:du |man |es |das )?(?:\\w+ ){0,3}?(?:solltest|sollte"
                                + "|muesstest|muesste|koenntest|musst|waere (?:besser|gut|sinnvoll)|wuerde (?:helfen|sinn))\\b"
                                + "|^(?:denken|glauben|meinen|finden) sie,? (?:dass )?(?:sie )?(?:\\w+ ){0,3}?(?:sollten|muessten|koennten)\\b",
                        "'denkst du, du solltest…?' is a recommendation asked as an opinion"),
                Rule.of(v, "\\b(?:das )?(?:eigentliche|wahre|echte|tatsaechliche|eigentlich) problem\\b|^(?:koennte|kann) es sein,"
                                + " dass\\b|^liegt (?:es|das problem|das) (?:nicht )?(?:eher|vielleicht|eigentlich)\\b",
                        "naming 'das eigentliche Problem' or asking 'kann es sein, dass…' is the asker's diagnosis"),
                Rule.of(v, "^ob (?:du|sie|ihr)\\b[^?.!]*\\b(?:koenntest|solltest|wuerdest|koenntet|koennten|solltet|sollten"
                                + "|muesstest|kannst|willst)\\b",
                        "'(ich frage mich,) ob du nicht … könntest' is a suggestion wrapped in wondering"));
    }

    /** Statements that advise, wherever they appear. */
    static List<Rule> adviceStatements(Verdict v) {
        List<Rule> rules = new ArrayList<>();
        rules.addAll(atClauseStart(v, "(?:(?:bitte|einfach|unbedingt|ruhig|doch|jetzt|erst|erstmal|erst mal|sofort|lieber"
                        + "|besser|dann|also|und) ){0,2}" + IMPERATIVE_DU + "\\b(?![:-])(?!(?<=\\b(?:schau|guck|warte|wart|sag"
                        + "|hoer|frag|frage|halt)),)(?! (?:ich|wir)\\b)",
                "a clause that opens with a command is an instruction: 'sprich mit…', 'versuch, … zu…', '…, mach das "
                        + "bloß nicht'; a command that is only a filler ('schau, …') or a first person put after its verb "
                        + "('…, mach ich morgen') is excepted"));
        rules.addAll(List.of(
                Rule.of(v, "\\b(?:ich )?an (?:deiner|ihrer|eurer) stelle\\b|\\bwenn ich (?:du|sie) waere\\b|\\bwaer(?:e)? ich (?:du|sie)\\b"
                                + "|\\bwenn ich in (?:deiner|ihrer|eurer) (?:haut|lage|situation|position)\\b|\\bin (?:deiner|ihrer)"
                                + " (?:haut|lage|situation|position) (?:wuerde|wuerd) ich\\b",
                        "putting oneself in the presenter's place ('an deiner Stelle…') tells them what to do"),
                Rule.of(v, "\\b(?:was auch immer|egal was) (?:du|sie|ihr) (?:tust|tun|tut|machst|machen|macht)\\b",
                        "'was auch immer du tust' introduces a command"),
                Rule.of(v, CLAUSE + "(?!" + NOT_A_SIE_COMMAND + " sie\\b)\\w+en sie\\b(?![^?]*\\?)",
                        "a clause that opens with a verb and 'Sie' and is no question is a polite command: 'sprechen Sie mit…'"),
                Rule.of(v, "^(?!" + NOT_FIRST_IN_A_COMMAND + "\\b)(?!\\w+(?:t|en)\\b)\\w{3,} " + AFTER_A_COMMAND + "\\b(?![^?]*\\?)",
                        "a statement whose first word is followed by an object or an adverb rather than a verb puts its own "
                                + "verb first, with no subject: a command ('beantworte am Wochenende keine Mails'), for verbs "
                                + "the list above does not know"),
                Rule.of(v, CLAUSE + "(?:bloss|bloß|ja|auf keinen fall|niemals|nie|nicht) (?:\\w+ ){0,3}?(?:nicht )?(?:\\w+en|\\w+e)"
                                + "(?:!|\\.|$)|" + CLAUSE + "(?:bloss|bloß) nicht\\b|" + CLAUSE + "auf keinen fall\\b",
                        "'bloß nicht…', 'auf keinen Fall…' and a clause that forbids with an infinitive ('nie unterschreiben!')"),
                Rule.of(v, "\\b(?:du|ihr) (?<!\\b(?:wenn|falls|ob|als|wie|dass) (?:du|ihr) )(?:(?:\\w+ ){0,2}?)(?:solltest|solltet"
                                + "|musst|muesst"
                                + "|muesstest|muesstet|brauchst|braucht|darfst nicht|darfst kein\\w*|koenntest|koenntet|kannst (?:ja|doch"
                                + "|auch|einfach|mal|immer|gerne|ruhig))\\b"
                                + "|\\b(?:solltest|solltet|muesstest|muesstet|koenntest|koenntet) (?:du|ihr)\\b"
                                + "|\\b(?<!^)(?<!\\b(?:wenn|falls|ob|als|wie|dass) )(?:musst|brauchst|kannst) du (?:(?:ja|doch|auch|einfach"
                                + "|mal|immer|nur|dann|unbedingt) )",
                        "'du solltest / du musst / du brauchst / du könntest' puts an obligation or a suggestion on the listener"),
                Rule.of(v, "(?:^|[,;:] |\\b(?:dann|also|vielleicht|eventuell|jetzt) )(?:sie|ihr) (?:(?:\\w+ ){0,2}?)(?:sollten|solltet"
                                + "|muessen|muesst|muessten|brauchen|koennten|koenntet|duerfen nicht)\\b"
                                + "|\\b(?:sollten|muessten|koennten) sie\\b(?![^?]*\\?)",
                        "'Sie sollten / Sie müssen' is the same obligation, said formally; 'sie mussten' looks back and is "
                                + "not matched"),
                Rule.of(v, "\\bman (?<!\\b(?:wenn|falls|ob|als|wie|dass) man )(?:(?:\\w+ ){0,2}?)(?:sollte|muss|muesste|darf nicht"
                                + "|darf kein"
                                + "\\w*|braucht)\\b|\\b(?:sollte|muss|muesste) man\\b",
                        "'man sollte / man muss' is an obligation put on everyone, the presenter included"),
                Rule.of(v, "\\bich (?:(?:\\w+ ){0,2}?)(?:empfehle|empfehl|rate|raete|wuerde (?:dir |ihnen |euch )?(?:empfehlen|raten"
                                + "|vorschlagen)|schlage vor|schlag vor)\\b|\\b(?:empfehle|rate|empfehl) ich\\b|\\bkann ich (?:\\w+ )?"
                                + "(?:nur |wirklich |sehr |waermstens )?empfehlen\\b|\\b(?:empfehle|rate) (?:dir|ihnen|euch)\\b"
                                + "|\\bich (?:kann|moechte|will|muss|wuerde) (?:\\w+ ){0,3}?(?:empfehlen|raten|ans herz legen|vorschlagen)\\b"
                                + "|\\bmein (?:rat|tipp|vorschlag|ratschlag|appell)\\b|\\bmeine (?:empfehlung|bitte)\\b"
                                + "|\\b(?:ein|noch ein) (?:tipp|rat)(?: von mir)?:",
                        "'ich empfehle dir / mein Tipp / kann ich nur empfehlen' is a recommendation"),
                Rule.of(v, "\\bam besten\\b(?! (?:war|waren|hat|hatte|fand|gefiel|lief|ging|klappte|funktionierte)\\b)"
                                + "|\\b(?:das beste|das wichtigste|der schluessel|der trick|das einzige,? was hilft|die loesung|die einzige"
                                + " loesung|der erste schritt|ein guter erster schritt|der naechste schritt|das entscheidende)\\b"
                                + "(?:,? \\w+){0,5}?,? (?:ist|waere|liegt|besteht)\\b|\\b(?:wichtig|entscheidend|zentral) ist(?:, | dass\\b"
                                + "| nur\\b)"
                                + "|\\bwas (?:du|sie|ihr) (?:jetzt )?(?:tun|machen) (?:musst|solltest|muessen|sollten|muesst|solltet)\\b"
                                + "|\\bwas (?:du|sie|ihr) (?:jetzt )?(?:brauchst|brauchen|braucht)\\b",
                        "'am besten… / der Schlüssel ist… / was du brauchst, ist…' prescribes; 'am besten lief…' looks back"),
                Rule.of(v, "\\bes (?:waere|waer|ist|wird|koennte|duerfte) (?:(?:\\w+ ){0,2}?)(?:gut|besser|sinnvoll|sinnvoller"
                                + "|hilfreich|klug|klueger|eine gute idee|eine idee|wichtig|ratsam|schlau|an der zeit|zeit|hoechste zeit"
                                + "|angebracht|vernuenftig|empfehlenswert)\\b(?:,| \\w+ zu| dass| wenn|[.!]|$)"
                                + "|\\b(?:es )?lohnt sich\\b|\\blohnt es sich\\b|\\b(?:es )?(?:koennte|wuerde) sich lohnen\\b"
                                + "|\\b(?:es )?(?:macht|wuerde|koennte) (?:\\w+ )?sinn (?:machen|ergeben)?\\b(?=[^.?!]*\\bzu\\b)",
                        "'es wäre gut / es ist wichtig, dass / es lohnt sich…' is a polite recommendation; 'es hat sich "
                                + "gelohnt' looks back and is not matched"),
                Rule.of(v, "\\b(?:wuerde|koennte|duerfte|wird) (?:dir|ihnen|euch) (?:\\w+ )?(?:gut ?tun|guttun|helfen|gefallen)\\b"
                                + "|\\b(?:tut|hilft) (?:dir|ihnen|euch) (?:bestimmt|sicher|garantiert)\\b",
                        "'eine Pause würde dir guttun' promises the presenter a result"),
                Rule.of(v, "\\b(?:dein|deine|deinem|deinen|deiner|euer|eure|ihr|ihre) [\\w-]+(?: [\\w-]+)? (?:muss|muessen|sollte"
                                + "|sollten|muesste|braucht|brauchen)\\b",
                        "an obligation put on the presenter's people ('dein Mitgründer muss…') tells the presenter what "
                                + "to make happen"),
                Rule.of(v, "^(?!.*\\b(?:damals|frueher|immer wenn|jedes mal|rueckblickend|im nachhinein)\\b)(?:.*?\\b)?(?:ich wuerde"
                                + "|wuerde ich)\\b(?! (?:sagen|meinen|behaupten|denken|vermuten|schaetzen|gerne|gern|mir wuenschen"
                                + "|lieber nicht|es nicht|heute)\\b)",
                        "'ich würde…' is what the writer would do in the presenter's place; in a story told in the past "
                                + "('damals', 'rückblickend') it is excepted"),
                Rule.of(v, "\\b(?:du|sie|ihr) (?:wirst|werden|werdet) es (?:\\w+ )?nicht bereuen\\b|\\bdu wirst (?:mir|dir) "
                                + "(?:\\w+ )?dankbar sein\\b",
                        "'du wirst es nicht bereuen' promises a result to whoever follows the advice")));
        return rules;
    }

    private static List<Rule> questionRules() {
        List<Rule> rules = new ArrayList<>();
        rules.add(Rule.of(OPEN_QUESTION, "^(?:(?:du|sie|ihr),? )?(?:(?:kannst|koenntest|koennen|koennten|magst|moechtest|willst"
                        + "|koennt|koenntet|moechten|moegen) (?:du|sie|ihr) (?:(?:uns|mir|noch|mehr|etwas|ein|bisschen|dazu|darueber"
                        + "|davon|naeher|genauer|kurz|mal|bitte) ){0,5}(?:erzaehlen|erklaeren|beschreiben|schildern|sagen|teilen"
                        + "|ausfuehren|zusammenfassen)|(?:erzaehl|erzaehle|erzaehlen sie|erzaehlt|beschreib|beschreibe|beschreiben sie"
                        + "|beschreibt|erklaer|erklaere|erklaeren sie|erklaert|schildere|schildern sie|hilf mir|helfen sie mir|hilf uns"
                        + "|sag mal|sag uns|sagen sie uns|gib uns ein beispiel|geben sie uns ein beispiel|nimm uns mit|fuehr uns"
                        + "|fuehre uns))\\b",
                "an invitation to tell, describe or explain leaves the whole answer to the presenter"));
        rules.addAll(suggestionsAsQuestions(ADVICE_IN_DISGUISE));
        rules.add(Rule.of(ADVICE_IN_DISGUISE, "(?:\\b(?:du|sie|ihr)\\b|, )[^?.!,]{0,40}?\\beinfach\\b(?! (?:so|nur|nicht|zu (?:sagen"
                        + "|verstehen|beantworten|loesen))\\b)(?: \\w+){1,6}",
                "'einfach' before a move in a question makes a proposal sound obvious"));
        rules.add(Rule.of(CLOSED_QUESTION, "^(?:und )?(?:wie (?:viele?|lange?|oft|alt|gross|hoch|teuer|schnell|weit|spaet|frueh)"
                        + "|um wie viel uhr|seit wann|bis wann|ab wann|in welche[mr]? (?:jahr|monat|quartal|land|stadt|phase|woche"
                        + "|sprache|waehrung|rolle|position|branche)|an welchem tag|welche[sr]? (?:jahr|datum|budget|gehalt|tool|titel"
                        + "|stadt|land)|was (?:kostet|kosten|verdient|verdienst|zahlt|zahlst|zahlen)|wann (?:ist|war|hast|habt|haben"
                        + "|wird|endet|laeuft|beginnt|kommt|faengt|muss|soll|bist|sind|startet|steht))\\b",
                "asks for a quantity, a date or a figure: the answer is one fact"));
        rules.add(Rule.of(OPEN_QUESTION, "^(?:und )?(?:dann|danach|weiter|und weiter|wie weiter|was noch|und sonst|inwiefern"
                        + "|wieso das|warum das|weshalb|zum beispiel|was genau|wie das|wie meinst du das|und|warum|wieso)\\s*\\?*$",
                "a very short follow-up ('und dann?', 'inwiefern?') invites the presenter to go on"));
        rules.add(Rule.of(OPEN_QUESTION, "^(?:wenn|falls|angenommen|sobald|nachdem|bevor|jetzt wo|mal angenommen|stell dir vor"
                        + "|gesetzt den fall|rueckblickend|mit blick auf|abgesehen davon|ohne)\\b[^?.!]*, (?:und )?(?:was|wie|warum"
                        + "|wieso|wo|wer|welche[rsmn]?|wozu|woran|wovor|womit)\\b",
                "a scenario followed by a what/how question invites the presenter to think it through"));
        rules.add(Rule.of(OPEN_QUESTION, "^(?:(?:und|was|was ist|was waere|und was waere|und was ist),? )?wenn\\b",
                "'und wenn es schiefgeht?' imagines a future for the presenter to think through (the proposals among "
                        + "these, 'was, wenn du einfach…', are caught before)"));
        rules.add(Rule.of(CLOSED_QUESTION, "^(?:und )?(?:wer (?:ist|war|entscheidet|unterschreibt|zahlt|bezahlt|leitet|fuehrt"
                        + "|genehmigt|traegt|hat das letzte wort|stellt ein|hat entschieden)\\b(?! sonst| noch| alles| eigentlich)"
                        + "|wo (?:ist|sind|sitzt|sitzen|arbeitet|arbeiten|liegt|wohnt|wohnst|wohnen)\\b|(?:was|wie) (?:ist|sind|war)"
                        + " (?:dein|deine|euer|eure|ihr|ihre|der|die|das) (?:\\w+ )?(?:budget|runway|deadline|frist|preis|gehalt|umsatz"
                        + "|marge|bewertung|zahl|ziel|quote|titel|name|kuendigungsfrist|burn|kosten|headcount|teamgroesse|stand)\\b)",
                "asks for a name, a place or a figure: the answer is one fact ('wer ist sonst noch…' is excepted)"));
        rules.add(Rule.of(OPEN_QUESTION, "^(?:(?:du|sie|ihr),? )?(?:was|wie|warum|wieso|weshalb|wozu|wofuer|woran|worauf|woraus"
                        + "|womit|wodurch|wovor|worueber|worum|wohin|woher|wo|wer|wen|wem|wessen|welche[rsmn]?|inwiefern|inwieweit"
                        + "|in welcher hinsicht|auf welche weise|aus welchem grund)\\b",
                "what / how / why questions cannot be answered with yes or no"));
        rules.addAll(adviceStatements(ADVICE_IN_DISGUISE));
        rules.add(Rule.of(CLOSED_QUESTION, "^(?:hast|hat|habt|haben|hattest|hatte|hatten|bist|ist|sind|seid|war|warst|waren|kannst"
                        + "|kann|koennen|koennt|konntest|konnten|willst|will|wollen|wolltest|musst|muss|muessen|musstest|darfst|darf"
                        + "|duerfen|wirst|wird|werden|wuerdest|wuerde|wuerden|gibt|gibts|gab|weisst|weiss|wissen|kennst|kennt|kennen"
                        + "|\\w+st (?:du|dich|dir)|\\w+t (?:ihr|euch|er|es|sie|der|die|das|dein|deine|dich|dir|man|jemand)"
                        + "|\\w+en (?:sie|wir|die|ihre|ihr))\\b",
                "a question opening with a verb is answered with yes or no (with or without its '?')"));
        rules.add(Rule.of(CLOSED_QUESTION, ",\\s*(?:oder|nicht wahr|ne|gell|gelle|richtig|stimmt(?:'s| das)?|ja|oder nicht|korrekt)"
                        + "\\s*\\?*$",
                "a tag question ('…, oder?') asks for a confirmation"));
        rules.add(Rule.of(CLOSED_QUESTION, "^[^,?.!]{1,80}\\boder (?:\\w+ ){0,4}\\w+\\s*\\?*$",
                "offering alternatives to pick from asks for one of them"));
        return rules;
    }

    /** What marks a text as the writer's own story. */
    private static List<Rule> storyRules() {
        return List.of(
                Rule.of(EXPERIENCE, "\\b(?:ich|wir)\\b[^.?!]*\\b(?:habe|hab|haben|hatte|hatten|war|waren|bin|sind)\\b"
                                + "|\\b(?:als|damals|frueher|vor \\w+ (?:jahren|monaten))\\b",
                        "first person, often in the past: something the writer lived through"),
                Rule.of(EXPERIENCE, "\\b(?:mir|mich|uns|mein|meine|meinem|meiner|meinen|unser|unsere|unserem|unserer)\\b"
                                + "|\\bbei (?:mir|uns)\\b|\\bwenn man\\b",
                        "the writer frames it in their own life"));
    }

    /** Umlauts and ß spelt out, informal and hurried spellings. */
    private static List<Spelling> spellings() {
        List<Spelling> spellings = new ArrayList<>();
        spellings.add(Spelling.regex("ä", "ae"));
        spellings.add(Spelling.regex("ö", "oe"));
        spellings.add(Spelling.regex("ü", "ue"));
        spellings.add(Spelling.regex("ß", "ss"));
        spellings.add(Spelling.regex("[áàâ]", "a"));
        spellings.add(Spelling.regex("[éèê]", "e"));
        spellings.add(Spelling.of("haste", "hast du"));
        spellings.add(Spelling.of("hasse", "hast du"));
        spellings.add(Spelling.of("kannste", "kannst du"));
        spellings.add(Spelling.of("willste", "willst du"));
        spellings.add(Spelling.of("biste", "bist du"));
        spellings.add(Spelling.of("machste", "machst du"));
        spellings.add(Spelling.of("solltste", "solltest du"));
        spellings.add(Spelling.of("gibts", "gibt es"));
        spellings.add(Spelling.of("gehts", "geht es"));
        spellings.add(Spelling.of("nich", "nicht"));
        spellings.add(Spelling.of("nen", "einen"));
        spellings.add(Spelling.regex("\\bvl+t\\b\\.?|\\bvieleicht\\b|\\bviellecht\\b", "vielleicht"));
        spellings.add(Spelling.of("evtl", "eventuell"));
        spellings.add(Spelling.of("garnicht", "gar nicht"));
        spellings.add(Spelling.of("schonmal", "schon mal"));
        spellings.add(Spelling.of("nochmal", "noch mal"));
        spellings.add(Spelling.of("sollst", "solltest"));
        spellings.add(Spelling.regex("\\bware(?= (?:es|das)\\b)", "waere"));
        spellings.add(Spelling.regex("\\bkonntest(?= du (?:nicht|doch|ja|einfach|mal|vielleicht)\\b)", "koenntest"));
        spellings.add(Spelling.regex("\\bsolltes\\b|\\bsoltest\\b", "solltest"));
        spellings.add(Spelling.regex("\\bversuht\\b|\\bvesucht\\b|\\bversucth\\b", "versucht"));
        return spellings;
    }

    private static List<Mask> masks() {
        return List.of(
                Mask.of("\"[^\"]{0,400}\"",
                        "a quotation in double quotes („…“, »…«) is someone else's words, or a title"),
                Mask.of("'(?<![\\p{L}\\p{N}]')[^']{1,400}'(?![\\p{L}\\p{N}])",
                        "a quotation in single quotes"),
                Mask.of("\\b(?:sagte|sagten|meinte|meinten|riet|rieten|empfahl|empfahlen|warnte|warnten|predigte|schrieb|sagt immer"
                                + "|pflegte zu sagen|(?:hat|hatte|haben|hatten|habe) (?:\\w+ ){0,4}?(?:gesagt|gemeint|geraten|empfohlen"
                                + "|gewarnt|vorgeschlagen|eingeschaerft|beigebracht|nahegelegt|ans herz gelegt))\\b[^,;.?!]*"
                                + "(?:[,:] [^,;.?!]*)?",
                        "reported speech, to the end of the clause it introduces ('sie hat mir geraten, …'): what "
                                + "someone said, not the writer's advice"),
                Mask.of("\\b(?:wir hatten|ich hatte|bei uns gab es|bei uns galt) (?:eine|die|nur eine|eine einzige|eine klare)"
                                + " (?:\\w+ )?(?:regel|devise|maxime|policy)\\b[^.?!]*|\\b(?:unsere|meine) (?:regel|devise|maxime)"
                                + " (?:war|lautete|ist)\\b[^.?!]*",
                        "a rule the writer's own team lived by ('wir hatten eine Regel: niemand…') describes their practice"),
                Mask.of("\\b(?:(?:ich|wir) (?:habe|hab|haben) (?:\\w+ ){0,3}?|(?:habe|hab) ich (?:\\w+ ){0,3}?|haben wir (?:\\w+ ){0,3}?"
                                + "|was ich (?:\\w+ ){0,2}?)(?:gelernt|gemerkt|begriffen|verstanden|festgestellt|erkannt)\\b"
                                + "(?:(?!\\b(?:also|deshalb|darum|aber|trotzdem)\\b)[^;.?!])*|\\bmir ist (?:\\w+ )?(?:klar geworden"
                                + "|bewusst geworden|aufgefallen)\\b(?:(?!\\b(?:also|deshalb|darum|aber)\\b)[^;.?!])*"
                                + "|\\bdie lektion (?:war|fuer mich)\\b[^;.?!]*",
                        "a lesson the writer drew ('was ich gelernt habe: man kann nicht…') is their experience; it stops "
                                + "at 'also' or 'deshalb', so '…, also mach es' is still seen"),
                Mask.of("\\b(?:ich|wir) (?:wuerde|wuerden)\\b[^.?!,;]*\\b(?:wieder|noch ?mal|erneut|jederzeit)\\b"
                                + "|\\bwuerde(?:n)? (?:ich|wir) (?:\\w+ ){0,4}?(?:wieder|noch ?mal|erneut)\\b"
                        + "|\\b(?:nie|nie mehr|nie wieder|wieder|noch ?mal|erneut|jederzeit)\\b[^.?!,;]*\\bwuerde(?:n)? (?:ich|wir)\\b",
                        "'ich würde es wieder tun' is the writer's own resolution, drawn from their past"),
                Mask.of("\\b(?:glaub mir|glauben sie mir|vertrau mir|versteh mich nicht falsch|verstehen sie mich nicht falsch"
                                + "|lass mich|lassen sie mich|lass uns|stell dir vor|stellen sie sich vor|weisst du|wissen sie|sag ich mal"
                                + "|sagen wir mal|danke|mal ehrlich|wie du sagst|wie du gesagt hast|wie sie sagen|keine ahnung"
                                + "|ich weiss nicht|ehrlich gesagt|offen gesagt|nimm es mir nicht uebel|wenn du so willst)\\b",
                        "idioms that look like instructions or address 'du' without advising"));
    }

    /** Fillers at a sentence's start; ambiguous ones (schau, hör mal…) only with punctuation after them. */
    private static Pattern leadIn() {
        String loose = "(?:und|aber|also|ehrlich|persoenlich|nur aus neugier|aus neugier|eine frage|noch eine frage|kurze frage"
                + "|letzte frage|mich wuerde interessieren|mich interessiert|ich frage mich|ich frag mich|ich wuerde gern(?:e)? wissen"
                + "|ich moechte wissen|darf ich fragen|kurz gesagt|lange rede kurzer sinn|jedenfalls|naja|na ja|tja|ok|okay)";
        String punctuated = "(?:hoer mal|hoer zu|schau|schau mal|sieh mal|guck mal|du|sag mal|gut|na|ja|nein|hmm|ach|oh|sorry"
                + "|moment|frage|ehrlich gesagt|offen gesagt)";
        return Pattern.compile("^(?:" + loose + "\\b[,:;.!?]*\\s+|" + punctuated + "[,:;!]+\\s*){1,4}", Rule.FLAGS);
    }

    private static Map<Verdict, String> hints() {
        return Map.of(
                OPEN_QUESTION, "Gute offene Frage: Sie lässt der vortragenden Person Raum zum Nachdenken.",
                CLOSED_QUESTION, "Darauf genügt ein Ja, ein Nein oder eine Zahl. Mit Was oder Wie lädst du zu mehr ein, "
                        + "z. B. „Wie lief das Gespräch?“",
                ADVICE_IN_DISGUISE, "Das klingt nach einem Vorschlag in Frageform. Frag lieber, was die Person selbst abwägt, "
                        + "z. B. „Welche Optionen ziehst du in Betracht?“",
                EXPERIENCE, "Danke, dass du teilst, was du erlebt hast.",
                ADVICE, "Das liest sich wie ein Rat. Erzähl es als deine eigene Geschichte: „Als ich in einer ähnlichen "
                        + "Lage war, habe ich…“");
    }

    public static final Language GERMAN = new Language("de", Locale.GERMAN, spellings(), masks(), leadIn(),
            PhaseRules.questions(questionRules()),
            PhaseRules.experience(adviceStatements(ADVICE), suggestionsAsQuestions(ADVICE), storyRules()), hints());
}
