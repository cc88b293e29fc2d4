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
 * The coach's Spanish, as data, built like {@link EnglishRules} (read that first: the labelling
 * policy is the same). What is particular to Spanish:
 *
 * <ul>
 *   <li><b>Accents.</b> People type "por que no" as often as "¿por qué no?", so accents are folded
 *       before the rules run (á→a, í→i, ú/ü→u, and é/ó inside a word) and the rules are written
 *       without them. A word-final é or ó is kept, because it is what tells "hablé" (I spoke: a
 *       story) from "hable" (speak!, to usted: advice) and "aconsejó" (someone advised) from
 *       "aconsejo" (I advise); "qué" and "sé" are folded anyway. ñ is kept.</li>
 *   <li><b>¿ and ¡.</b> A question can start in the middle of a sentence ("Con lo que cuentas,
 *       ¿por qué no…?"), so rules that look at how a question opens accept the start of the
 *       sentence or an opening mark ({@link #Q}). A leading mark is stripped with the fillers.</li>
 *   <li><b>Yes/no questions have no auxiliary</b> ("¿Hablaste con ella?"), so a closed question is
 *       recognised by its question mark or by a conjugated verb in first place.</li>
 *   <li><b>tú, usted, vosotros, ustedes.</b> Every advising form is listed for the informal and the
 *       formal "you": "deberías / debería usted", "habla / hable", "te recomiendo / le recomiendo".
 *       A bare "hable", "pruebe" is read as a command to usted; typed without its accent a story's
 *       "hablé" looks the same, which is a known weakness.</li>
 *   <li>The subjunctive carries the negative command ("no firmes", "nunca contrates"): after "no" a
 *       verb ending in -es/-as is read as one, with a list of present-tense exceptions ("no sabes
 *       lo que fue").</li>
 * </ul>
 */
public final class SpanishRules {

    private SpanishRules() {
    }

    /** Where a question can open: the sentence's start or an opening question or exclamation mark. */
    private static final String Q = "(?:^|[¿¡] ?)";

    /** Unstressed pronouns, before a verb or fused to its end ("dile", "háblalo", "tómate"). */
    private static final String CL = "(?:me|te|le|les|lo|la|los|las|nos|os|se)";

    /** Where an instruction can start inside a sentence. */
    private static final String CLAUSE_INSIDE = "(?:[;:] |[\\u2014\\u2013] | - |[¿¡] ?|, (?:y|pero|asi que|entonces|luego"
            + "|o sea|mejor|simplemente|solo|por eso|en serio) |\\b(?:asi que|por eso|o sea|de modo que|en resumen"
            + "|en definitiva|y ya|total) )";

    private static final String AFTER_CONDITION = "^(?:si|cuando|antes de|despues de|en cuanto|hasta que|hagas lo que hagas"
            + "|pase lo que pase|mientras)\\b(?![^,]*\\b(?:uno|una persona|la gente)\\b)[^,]*, ";

    /** Where an instruction can start inside a sentence. */
    private static final String CLAUSE = "(?:^|" + CLAUSE_INSIDE + "|" + AFTER_CONDITION + ")";

    /** A rule for an instruction at a clause start, as one rule per kind of start, each quick to search. */
    private static List<Rule> atClauseStart(Verdict v, String body, String why) {
        return List.of(Rule.of(v, "^" + body, why), Rule.of(v, CLAUSE_INSIDE + body, why),
                Rule.of(v, AFTER_CONDITION + body, why));
    }

    /** Commands to "tú" that advise ("habla", "prueba", "dile", "tómate"); bare forms that are also common nouns are left out. */
    private static final String IMPERATIVE_TU = Words.tree("(?:habla|prueba|intenta|pide|busca|contrata|despide|delega|escribe"
            + "|dile|diles|dilo|haz|ve a|vete|pon|ponte|sal de|ten|deja|piensa|confia|negocia|sube|baja|espera|acepta"
            + "|rechaza|vende|cobra|mide|documenta|empieza|comienza|descansa|toma|tomate|date|dale|dales|olvida|olvidate"
            + "|cuida|cuidate|manten|quedate|asegura|asegurate|centra|centrate|enfoca|enfocate|apoya|apoyate|reune|reunete"
            + "|llama|pregunta|preguntale|cuenta con|invierte|recorta|reduce|prioriza|simplifica|automatiza|asume"
            + "|organiza|fija|establece|revisa|consulta|plantea|planteale|ofrece|ofrecele|propon|proponle|cambia|corta"
            + "|agenda|separa|divide|cierra|aprende|lee|escucha|duerme|respira|trabaja|guarda|aprovecha|elige|decide"
            + "|dedica|dedicate|hazte|despidete|alejate|rodeate|atrevete|suelta|lanzate|apuesta|insiste|protege|limita"
            + "|anota|apunta|comunica|explica|pacta|firma|calcula|valora|evalua|considera|replantea|trata|procura|evita"
            + "|cancela|mueve|retrasa|adelanta|abre|marca|sigue adelante|vuelve a|cuenta|hablalo|hablale|piensalo"
            + "|despidelo|despidela|hazlo|dejalo|dejala|sueltalo|intentalo|pruebalo|pidele|pideles|buscate|buscale"
            + "|contratala|contratalo|escribele|llamale|llamala|ponlo|ponle|tenlo|consultalo|delegalo|vendela|vendelo)");

    /** Commands to "usted" ("hable", "pruebe", "dígale", "tómese"). */
    private static final String IMPERATIVE_USTED = Words.tree("(?:hable|hablelo|hablele|pruebe|intente|pida|pidale|busque|contrate"
            + "|despida|delegue|escriba|digale|haga|hagalo|vaya a|vayase|ponga|tenga|deje|dejelo|piense|pienselo|confie"
            + "|negocie|suba|baje|espere|acepte|rechace|venda|cobre|mida|documente|empiece|comience|descanse|tome|tomese"
            + "|dese|olvide|olvidese|cuide|cuidese|mantenga|quedese|asegurese|centrese|enfoquese|apoyese|reunase|llame"
            + "|pregunte|preguntele|cuente con|invierta|recorte|reduzca|priorice|simplifique|automatice|asuma|organice"
            + "|fije|establezca|revise|consulte|plantee|ofrezca|proponga|cambie|corte|separe|divida|cierre|aprenda|lea"
            + "|escuche|duerma|siga|trabaje|aproveche|elija|decida|dedique|evite|cancele|considere|valore)");

    /**
     * Words ending in -es/-as after "no" that are not a negative command: present tense that tells
     * rather than forbids ("no sabes lo que fue"), past forms and quantities ("no todas").
     */
    private static final String NOT_A_COMMAND = Words.tree("(?:sabes|imaginas|te imaginas|crees|estas|eres|tienes idea|tienes ni idea"
            + "|das cuenta|te das cuenta|vas a creer|quieres|todas|muchas|pocas|algunas|nuestras|vuestras|esas|estas"
            + "|aquellas|tantas|otras|cosas|veces|personas|horas|semanas|meses|tres|dos|seis|menos|mas|siempre|ademas"
            + "|\\w*(?:ias|abas|aste|iste|aras|ieras|ases|ieses)\\b)");

    /** Suggestions in question form, anchored where a question opens (advice in disguise, or advice in a story). */
    static List<Rule> suggestionsAsQuestions(Verdict v) {
        return List.of(
                Rule.of(v, Q + "(?:(?:y|pero|entonces) )?(?:(?:tu|usted|ustedes|vosotros) )?(?:(?:ya|no|nunca|alguna vez|acaso)"
                                + " )?(?:(?:has|ha|han|habeis|habias) (?:(?:tu|usted|ustedes) )?(?:ya )?(?:probado|intentado|considerado"
                                + "|valorado|explorado|barajado|contemplado|pensado (?:(?:usted|ustedes|tu) )?en|mirado|evaluado|sopesado)"
                                + "(?: (?:usted|ustedes|tu))?|(?:te|se|os) (?:has|ha|han"
                                + "|habeis) (?:(?:ya|alguna vez) )?(?:planteado|pensado en|parado a pensar en)|(?:te )?(?:probaste|intentaste"
                                + "|consideraste|valoraste|exploraste|pensaste en|planteaste)|(?:probo|intento|considero|valoro) usted)"
                                + "\\b(?! (?:en )?(?:que|como|por que|cual|cuales|quien|quienes|donde|cuando|cuanto|cuantos|lo que|si)\\b)",
                        "asking whether someone tried or considered a move proposes it; considering what/how/why something "
                                + "is asks them to reflect, and is excepted"),
                Rule.of(v, Q + "(?:(?:y|pero) )?(?:(?:tu|usted) )?(?:(?:has|ha|habeis|han) (?:(?:tu|usted) )?(?:ya )?(?:leido|oido hablar"
                                + "|escuchado hablar|visto la charla|escuchado el podcast)|(?:conoces|conoce usted|conoceis|sabes de) (?:el|la|los"
                                + "|las|un|una) (?:libro|metodo|tecnica|marco|framework|herramienta|enfoque|modelo|concepto|podcast|charla"
                                + "|curso|programa|sistema)|leiste|has leido)\\b",
                        "asking about a book, method or tool recommends it"),
                Rule.of(v, Q + "(?:(?:y|pero|entonces) )?(?:por ?que|porque|xq) no (?:(?:simplemente|directamente|mejor|ya|de una vez|"
                                + "tu|usted|ustedes|vosotros) ){0,2}(?:(?:" + CL + ") ){0,2}(?!quieres|queres|querias|sabes|crees|estas"
                                + "|eres|sientes|te sientes|gusta|te gusta|apetece|atreves|animas|confias|entiendes|ves claro|fue|funciono"
                                + "|funciona|salio|sale|es|era|hay)(?:\\w+(?:as|es|ais|eis|aste|iste|asteis|isteis)|has|habeis|\\w+(?:ar|er|ir)"
                                + "(?:" + CL + "){0,2}|\\w+[ae] usted|\\w+[ae]n ustedes)\\b",
                        "'¿por qué no haces…?' asks the presenter to defend not doing what the asker would do; 'por qué "
                                + "no quieres…' probes a motive and 'por qué no funcionó' asks for a story: both excepted"),
                Rule.of(v, Q + "(?:y|pero|entonces|o) si (?:(?:simplemente|directamente|mejor|en vez de eso|en lugar de eso|tu|usted)"
                                + " ){0,2}(?!no\\b|fracas|pierdes|fallas|te equivocas|sale|salen|tuvieras|pudieras|supieras|fueras"
                                + "|estuvieras|hubieras|te dicen|te despiden|nadie|nada)(?:(?:" + CL + ") ){0,2}(?:\\w+(?:as|es|aras|eras"
                                + "|ieras|ases|ieses|ais|eis|amos|emos|imos)|en vez de|en lugar de)\\b",
                        "'¿y si le dices…?' proposes a move; '¿y si sale mal / no consigues…?' only imagines, and is excepted"),
                Rule.of(v, Q + "(?:y )?que tal (?:si\\b|(?:simplemente )?\\w+(?:ar|er|ir)(?:" + CL + "){0,2}\\b|(?:un|una|unos|unas) )"
                                + "|" + Q + "(?:y )?que (?:te|le|os|les) parece(?:ria)? (?:si\\b|(?:la idea de )?\\w+(?:ar|er|ir)(?:" + CL
                                + "){0,2}\\b)|" + Q + "(?:y )?que (?:opinas|piensas|opina usted|dirias) (?:de|sobre) (?:\\w+(?:ar|er|ir)"
                                + "(?:" + CL + "){0,2}|la idea de)\\b",
                        "'¿qué tal si… / qué te parece contratar…?' puts a move forward"),
                Rule.of(v, Q + "(?:y |pero )?no (?:(?:" + CL + ") )?(?:seria|sera|crees|cree usted|te parece|le parece|os parece"
                                + "|piensas|podrias|podria usted|podriais|deberias|deberia|deberiais|habria que|hay que|convendria|valdria"
                                + "|mereceria|merece|vale|tendrias|tendria|es hora|es el momento|ha llegado el momento|es mejor|es mas"
                                + "|has pensado|has probado|has considerado|ayudaria|vendria bien|iria bien|te convendria)\\b",
                        "a negative question presumes its answer ('¿no sería mejor…?' = 'I think it would'): an opinion in question form"),
                Rule.of(v, Q + "(?:(?:tu|usted) )?(?:(?:no )?(?:crees|cree usted|piensas|te parece|le parece|os parece|opinas|dirias)"
                                + " que (?:(?:tu|usted) )?(?:(?:" + CL + ") )?(?:deberias|deberia|tendrias|tendria|tienes que|podrias|seria"
                                + "|convendria|habria que|ayudaria|vendria|iria|necesitas|valdria|mereceria|es hora))\\b",
                        "'¿crees que deberías…?' is a recommendation asked as an opinion"),
                Rule.of(v, Q + "(?:(?:tu|usted|y) )?(?:deberias|deberia|deberiais|tendrias que|tendria que|habria que|no hay que"
                                + "|deberiamos|tendriamos que)\\b(?! haber)",
                        "a question about what ought to happen carries the asker's view of what to do"),
                Rule.of(v, Q + "(?:(?:y|pero) )?(?:(?:de verdad|realmente|en serio|seguro que) (?:(?:tu|usted) )?(?:necesitas|necesita"
                                + "|tienes que|tiene que|hace falta|te hace falta|debes|quieres)|(?:necesitas|tienes que) (?:de verdad|realmente"
                                + "|en serio))\\b",
                        "'¿de verdad necesitas…?' signals the asker's doubt"),
                Rule.of(v, Q + "(?:(?:y|pero) )?(?:no )?(?:(?:te|le|os|les|nos) )?(?:ayudaria|ayudarian|vendria bien|iria bien"
                                + "|convendria|compensaria|serviria|facilitaria|haria falta)\\b",
                        "'¿te ayudaría…?' proposes the thing that would help"),
                Rule.of(v, Q + "(?:(?:y|pero) )?(?:no )?(?:seria|sera|es|resultaria) (?:(?:quizas|tal vez|acaso|mas|muy|una|un poco) )?"
                                + "(?:buena idea|mejor|facil|sencillo|sensato|inteligente|util|posible|conveniente|hora|el momento"
                                + "|recomendable|prudente|preferible|una opcion)\\b|" + Q + "(?:(?:y|pero) )?(?:vale|merece|valdria"
                                + "|mereceria|valdra) la pena\\b",
                        "'¿sería buena idea / vale la pena / es hora de…?' offers the asker's move"),
                Rule.of(v, Q + "(?:(?:y|pero) )?(?:no )?(?:podrias|podria usted|podriais|puedes|puede usted|pueden ustedes|podeis)"
                                + " (?:(?:simplemente|quizas|tal vez|quiza|acaso|mejor|directamente|tambien) )?(?!contar|contarnos|contarme"
                                + "|explicar|describir|decir(?:nos|me)|compartir|ampliar|dar(?:nos|me)? (?:un|mas)|ayudar(?:nos|me)|imaginar"
                                + "|permitir|recordar|elaborar|profundizar|detallar|concretar|aclarar|poner(?:nos|me)? (?:un|en)"
                                + "|hablar(?:nos|me)|ser\\b|estar\\b|vivir|todavia|aun|ya\\b|realmente|de verdad|hacerte una idea|ver\\b"
                                + "|sentir)\\w+",
                        "'¿podrías / puedes + a move?' proposes that move; invitations to tell or imagine, and asking "
                                + "what is still possible ('¿puedes todavía…?'), are excepted"),
                Rule.of(v, Q + "(?:(?:y|pero) )?(?:no )?(?:sera|seria|puede ser|podria ser) que\\b|\\b(?:el|tu|su) (?:verdadero|autentico"
                                + "|real) problema\\b|\\bel problema (?:real|de fondo|de verdad)\\b",
                        "'¿no será que…?' or naming 'el verdadero problema' is the asker's diagnosis"),
                Rule.of(v, "\\b(?:ya )?es hora de\\b|\\bha llegado el momento de\\b",
                        "'es hora de…' tells the presenter it is time to act"));
    }

    /** Statements that advise, wherever they appear. */
    static List<Rule> adviceStatements(Verdict v) {
        List<Rule> rules = new ArrayList<>();
        rules.addAll(atClauseStart(v, "(?:(?:y|pero|mejor|simplemente|solo|tambien|ahora|ya|siempre|primero|tu|por favor"
                        + "|de verdad|en serio|sinceramente|sencillamente|directamente) ){0,2}(?:" + IMPERATIVE_TU + "|"
                        + IMPERATIVE_USTED + ")(?:" + CL + "){0,2}\\b(?![,:'-])",
                "a clause that opens with a command to tú or usted is an instruction: 'habla con…', 'hable con…'"));
        rules.addAll(List.of(
                Rule.of(v, "\\b(?:yo )?(?:en tu lugar|en su lugar|en vuestro lugar|yo que tu|yo que usted|yo de ti|yo de usted"
                                + "|si (?:yo )?fuera (?:tu|usted)|si (?:yo )?estuviera en (?:tu|su) (?:lugar|piel|pellejo|situacion"
                                + "|posicion|caso|zapatos)|de estar en tu (?:lugar|piel))\\b",
                        "putting oneself in the presenter's place ('yo en tu lugar…') tells them what to do"),
                Rule.of(v, "\\bhagas lo que hagas\\b|\\bhaga lo que haga\\b",
                        "'hagas lo que hagas' introduces a command"),
                Rule.of(v, CLAUSE + "(?:(?:y|pero|mejor|por favor|sobre todo|y sobre todo) )?(?:no|nunca|jamas) (?:(?:" + CL + ") ){0,2}"
                                + "(?!" + NOT_A_COMMAND + "|(?:les|las|nos|os|mas|tres|dos|seis)\\b)\\w+(?:es|as)\\b"
                                + "|" + CLAUSE + "(?:no|nunca|jamas) (?:(?:" + CL + ") )?(?:acepte|firme|espere|deje|haga|tome|contrate"
                                + "|venda|diga|se preocupe|ceda|permita|renuncie|olvide|pierda|cometa)\\b",
                        "a clause that opens with 'no' or 'nunca' and a subjunctive forbids something: 'no firmes', 'nunca contrates'"),
                Rule.of(v, "\\b(?<!\\b(?:si|cuando|aunque|como|que|porque|mientras) )(?:(?:tu|usted|vosotros|ustedes) )?(?:(?:" + CL
                                + ") )?(?:deberias|deberiais|tendrias que|tendriais que|tienes que|teneis que|tiene usted que|necesitas"
                                + "|necesitais|debes|debeis|te toca|os toca|te hace falta|os hace falta)\\b",
                        "'deberías / tienes que / necesitas' puts an obligation on the listener"),
                Rule.of(v, "\\b(?:usted|ustedes) (?:(?:realmente|de verdad|tambien) )?(?:debe|deberia|tiene que|necesita|podria"
                                + "|tendria que|deben|deberian|tienen que|necesitan)\\b|\\b(?:debe|deberia|tiene que|necesita|podria|tendria"
                                + " que) usted\\b|" + CLAUSE + "(?:deberia|tendria que|deberian) (?!haber)",
                        "'debería usted / usted tiene que' is the same obligation, said formally; 'debería haber…' looks back "
                                + "and is excepted"),
                Rule.of(v, "\\b(?<!\\b(?:si|cuando|aunque|como|que|porque|mientras) )(?:(?:tu|usted) )?(?:podrias|podriais|podria usted)"
                                + " (?:(?:siempre|simplemente|tambien|quizas|incluso|perfectamente|directamente) )?(?!imaginar|creer|pensar que"
                                + "|haber\\b)\\w+|" + CLAUSE + "(?:(?:quizas|tal vez|quiza|a lo mejor|igual) )?(?:tambien |siempre )?(?:puedes"
                                + "|podeis|puede usted) (?:(?:siempre|simplemente|tambien|intentar|probar) )?\\w+",
                        "'podrías / puedes probar…' is a suggestion"),
                Rule.of(v, "\\b(?<!\\b(?:me|nos|le|les|la|lo) )(?:(?:te|le|os|les) )?(?:lo )?(?:recomiendo|aconsejo|sugiero|propongo"
                                + "|recomendaria|aconsejaria|sugeriria|propondria|animo a|insto a)\\b|\\b(?:te|os|le|les) (?:lo )?recomiendo\\b"
                                + "|\\b(?:te|os|le|les) diria que\\b",
                        "'te recomiendo / le aconsejo' is a recommendation; 'me aconsejó' is reported and excepted"),
                Rule.of(v, "\\bmi (?:consejo|recomendacion|sugerencia|propuesta)(?: (?:sincero|sincera|personal|honesto))?(?: (?:es|seria"
                                + "|aqui|para ti)|:| de verdad)|\\b(?:un|te doy un|te dejo un) consejo\\b|\\bconsejo:",
                        "it says it is advice ('mi consejo es…'); 'mi consejo de administración' is a board and is not"),
                Rule.of(v, "\\b(?:lo mejor|lo ideal|lo suyo|la clave|el truco|el secreto|lo importante|lo fundamental|lo esencial"
                                + "|lo primero|lo unico que (?:funciona|sirve|importa)|lo que (?:tienes|tendrias|deberias|debes) (?:que )?hacer"
                                + "|lo que necesitas|lo que yo haria|lo que te recomiendo|un buen primer paso|el primer paso|la solucion"
                                + "|la respuesta|lo mas sensato|lo mas inteligente)(?: \\w+){0,4}? (?:es|seria|sera|esta en|pasa por)\\b",
                        "'lo mejor es / la clave está en / lo que tienes que hacer es…' prescribes"),
                Rule.of(v, "\\b(?:es|seria|sera|resulta|resultaria|puede ser|podria ser) (?:muy |mas |bastante |realmente |super |una )?"
                                + "(?:buena idea|util|importante|clave|fundamental|conveniente|recomendable|aconsejable|sensato|inteligente"
                                + "|prudente|mejor|preferible|vital|esencial|crucial|necesario|imprescindible|bueno|buena|ideal|interesante"
                                + "|sano|saludable)(?: que\\b|,| \\w+(?:ar|er|ir)"
                                + "(?:" + CL + "){0,2}\\b)",
                        "'sería buena idea / es importante que / es mejor + verb' is a polite recommendation; 'fue importante' "
                                + "tells what happened and is not matched"),
                Rule.of(v, "\\b(?:vale la pena|merece la pena|valdria la pena|mereceria la pena|conviene|convendria|te conviene"
                                + "|te convendria|os conviene|le conviene|te vendria bien|le vendria bien|os vendria bien|te iria bien"
                                + "|te ayudaria|le ayudaria|te haria bien|te sentaria bien|no pierdes nada)\\b",
                        "'vale la pena / te conviene / te vendría bien' recommends; 'valió la pena' looks back and is not matched"),
                Rule.of(v, "\\b(?:no )?hay que\\b|\\bno hace falta que\\b",
                        "'hay que…' is an obligation put on everyone, the presenter included"),
                Rule.of(v, "\\b(?:tu|vuestro|vuestra|tus) [\\w-]+(?: [\\w-]+)? (?:tiene que|tienen que|debe|deben|deberia|deberian"
                                + "|necesita|necesitan|tendria que)\\b",
                        "an obligation put on the presenter's people ('tu socio tiene que…') tells the presenter what to make happen"),
                Rule.of(v, "(?:^|\\byo )(?:(?:tambien|personalmente|sinceramente|directamente|ya|hoy mismo) )?(?:(?:" + CL + ") ){0,2}"
                                + "(?!habria|hubiera|seria|podria|deberia|gustaria|encantaria|diria que|creeria|imaginaria|sabria"
                                + "|tendria que haber|pensaria|volveria)\\w{3,}ria\\b",
                        "'yo contrataría…' is what the writer would do in the presenter's place; 'me habría ido' looks back "
                                + "and is excepted"),
                Rule.of(v, CLAUSE + "mejor (?:no )?(?:(?:" + CL + ") )?\\w+(?:es|as|a|e)\\b",
                        "'mejor habla con él / mejor no firmes' recommends"),
                Rule.of(v, "\\bno te (?:vas a )?arrepentir(?:as|a)\\b|\\bte lo (?:vas a agradecer|agradeceras)\\b",
                        "'no te arrepentirás' promises a result to whoever follows the advice")));
        return rules;
    }

    private static List<Rule> questionRules() {
        List<Rule> rules = new ArrayList<>();
        rules.add(Rule.of(OPEN_QUESTION, Q + "(?:(?:y|pero) )?(?:(?:me|nos) )?(?:(?:puedes|podrias|puede usted|podria usted|podeis"
                        + "|podriais|quieres) )?(?:cuentanos|cuentame|cuentenos|cuenteme|contarnos|contarme|contar|explicanos|explicame"
                        + "|expliquenos|expliqueme|explicarnos|explicarme|explicar|describenos|describeme|describanos|describirnos"
                        + "|describir|dinos|dime mas|diganos|decirnos|comparte|compartenos|compartir|amplia|ampliar|ayudame a entender"
                        + "|ayudanos a entender|ayudarme a entender|ayudarnos a entender|danos un ejemplo|dame un ejemplo|darnos un ejemplo"
                        + "|hablanos|hablame|hablarnos|profundiza|elabora|detalla)\\b",
                "an invitation to tell, describe or explain leaves the whole answer to the presenter"));
        rules.addAll(suggestionsAsQuestions(ADVICE_IN_DISGUISE));
        rules.add(Rule.of(ADVICE_IN_DISGUISE, "\\b(?:simplemente|sencillamente|directamente) (?:(?:" + CL + ") ){0,2}\\w+(?:ar|er|ir"
                        + "|as|es|ais|eis)(?:" + CL + "){0,2}\\b",
                "'simplemente' before a move in a question makes a proposal sound obvious"));
        rules.add(Rule.of(CLOSED_QUESTION, Q + "(?:(?:y|pero) )?(?:cuant[oa]s?|desde cuando|hasta cuando|a que hora|en que (?:año|ano"
                        + "|mes|fecha|dia|semana|trimestre|ciudad|pais|region|idioma|moneda|banco|fase|etapa)|que (?:edad|porcentaje|dia"
                        + "|fecha|hora|precio|sueldo|salario|presupuesto|plazo|tamaño|tamano|cifra|ciudad|pais|idioma|moneda|cargo"
                        + "|puesto|herramienta|banco|fase|etapa)|con que frecuencia|cada cuanto)\\b",
                "asks for a quantity, a date or a figure: the answer is one fact"));
        rules.add(Rule.of(OPEN_QUESTION, Q + "(?:y )?(?:luego|entonces|despues|y que mas|que mas|y eso|como asi|o sea|por ejemplo"
                        + "|como cual|en que sentido|y)\\s*\\?*$",
                "a very short follow-up ('¿y luego?', '¿cómo así?') invites the presenter to go on"));
        rules.add(Rule.of(OPEN_QUESTION, "^(?:(?:si|cuando|una vez que|despues de|antes de|ahora que|dado que|suponiendo que|imagina"
                        + "|imaginemos|pongamos|con|sin|mirando|pensando|en)\\b|\\w+(?:ando|iendo)\\b)[^,?.!]*, (?:¿ ?)?(?:y )?(?:que|como"
                        + "|por que|cual|cuales|donde|quien|quienes|para que|de que|en que|hasta que|a que)\\b",
                "a scenario followed by a what/how question invites the presenter to think it through"));
        rules.add(Rule.of(CLOSED_QUESTION, Q + "(?:(?:y|pero) )?(?:cuando (?:es|fue|sera|era|tienes|tiene|teneis|empezaste|empezo"
                        + "|empezasteis|firmaste|firmasteis|vence|acaba|termina|sale|entra|llega)|quien (?:firma|decide|es|era|fue"
                        + "|lleva|paga|aprueba|manda|dirige|contrata|tiene la ultima palabra|toma la decision|va a decidir)|donde (?:esta"
                        + "|estan|queda|quedan|trabaja|trabajan|vive|viven|se encuentra|teneis|tienes la oficina)|cual es (?:el|la|tu|su"
                        + "|vuestro|vuestra) (?:(?:\\w+ )?(?:runway|presupuesto|plazo|fecha|precio|sueldo|salario|margen|facturacion"
                        + "|valoracion|cifra|numero|tamaño|tamano|objetivo|cuota|deadline|tasa|churn|coste|burn|caja|ronda|limite"
                        + "|preaviso|cargo|titulo|nombre)))\\b",
                "asks for a date, a name, a place or a figure: the answer is one fact ('¿quién más…?' is excepted)"));
        rules.add(Rule.of(OPEN_QUESTION, Q + "(?:(?:y|pero|tu|usted|y tu|y usted|ustedes|vosotros) )?(?:(?:con|a|de|para|por|en"
                        + "|desde|sobre|hacia|entre) )?(?:que|como|por que|porque|para que|cual|cuales|hasta que|quien|quienes|donde"
                        + "|cuando|de que manera|en que medida)\\b",
                "what / how / why questions cannot be answered with yes or no"));
        rules.addAll(adviceStatements(ADVICE_IN_DISGUISE));
        rules.add(Rule.of(CLOSED_QUESTION, "^(?!(?:que|como|por que|para que|cual|cuales|quien|donde|cuando)\\b)[^,?.!]{1,80}\\b(?:o|u)"
                        + " (?:\\w+ ){0,4}\\w+\\s*\\?*$",
                "offering alternatives to pick from ('¿es tuya o del consejo?') asks for one of them"));
        rules.add(Rule.of(CLOSED_QUESTION, Q + "(?:(?:y|pero) )?(?:(?:ya|aun|todavia|no|tambien|alguna vez|nunca|acaso|de verdad"
                        + "|realmente) )?(?:(?:" + CL + ") ){0,2}(?:\\w+(?:aste|iste|asteis|isteis|aron|ieron|as|es|ais|eis|ias|abas)"
                        + "|has|ha|han|hay|habia|hubo|es|esta|estan|son|fue|era|estaba|existe|tiene|tienen|sabe|saben|sigue|siguen"
                        + "|queda|quedan|puede|pueden|hace|va|van)\\b",
                "a question that opens with a conjugated verb is answered with yes or no (with or without its '?')"));
        rules.add(Rule.of(CLOSED_QUESTION, ",\\s*(?:verdad|no|cierto|correcto|o no|sí|si|vale|ok)\\s*\\?*$",
                "a tag question ('…, ¿verdad?') asks for a confirmation"));
        return rules;
    }

    /** What marks a text as the writer's own story. */
    private static List<Rule> storyRules() {
        return List.of(
                Rule.of(EXPERIENCE, "\\b(?:yo|nosotros|nosotras)\\b|\\b\\w+(?:é|í|aba|abamos|iamos|amos|imos)\\b",
                        "first person, often in the past: something the writer lived through"),
                Rule.of(EXPERIENCE, "\\b(?:mi|mis|nuestro|nuestra|nuestros|nuestras) \\w+|\\ben mi\\b|\\b(?:a mi|para mi|a nosotros"
                                + "|para nosotros)\\b|\\bme (?:paso|ocurrio|funciono|ayudo)\\b|\\bcuando uno\\b",
                        "the writer frames it in their own life"));
    }

    /** Accents folded (word-final é and ó kept, see above), informal and hurried spellings. */
    private static List<Spelling> spellings() {
        List<Spelling> spellings = new ArrayList<>();
        spellings.add(Spelling.regex("[áàâä]", "a"));
        spellings.add(Spelling.regex("[íìîï]", "i"));
        spellings.add(Spelling.regex("[úùûü]", "u"));
        spellings.add(Spelling.regex("[éèêë](?=\\p{L})", "e"));
        spellings.add(Spelling.regex("[óòôö](?=\\p{L})", "o"));
        spellings.add(Spelling.regex("[èêë]", "é"));
        spellings.add(Spelling.regex("[òôö]", "ó"));
        spellings.add(Spelling.of("qué", "que"));
        spellings.add(Spelling.of("sé", "se"));
        spellings.add(Spelling.of("porqué", "porque"));
        for (String hurried : List.of("xq", "pq", "porq", "xk")) {
            spellings.add(Spelling.of(hurried, "por que"));
        }
        spellings.add(Spelling.of("q", "que"));
        spellings.add(Spelling.of("k", "que"));
        spellings.add(Spelling.of("tb", "tambien"));
        spellings.add(Spelling.of("tmb", "tambien"));
        spellings.add(Spelling.regex("\\b[uv]ds\\.?(?!\\w)", "ustedes"));
        spellings.add(Spelling.regex("\\b[uv]d\\.?(?!\\w)", "usted"));
        spellings.add(Spelling.regex("\\bas(?= (?:probado|intentado|pensado|considerado|hablado|leido|visto|oido|tenido|hecho"
                + "|valorado|planteado|notado|vivido)\\b)", "has"));
        spellings.add(Spelling.regex("\\b(?:deverias|deberias|deverías)\\b", "deberias"));
        spellings.add(Spelling.regex("\\bdeveria\\b", "deberia"));
        spellings.add(Spelling.regex("(?<=\\w[ai]st)es\\b", "e"));
        spellings.add(Spelling.of("enserio", "en serio"));
        spellings.add(Spelling.of("deverdad", "de verdad"));
        spellings.add(Spelling.of("porfa", "por favor"));
        spellings.add(Spelling.of("porfavor", "por favor"));
        spellings.add(Spelling.of("aver", "a ver"));
        return spellings;
    }

    private static List<Mask> masks() {
        return List.of(
                Mask.of("\"[^\"]{0,400}\"",
                        "a quotation in double (or angle) quotes is someone else's words, or a title"),
                Mask.of("'(?<![\\p{L}\\p{N}]')[^']{1,400}'(?![\\p{L}\\p{N}])",
                        "a quotation in single quotes"),
                Mask.of("\\b(?:(?:me|nos|le|les|te|os|la|lo) )?(?:dijo|dijeron|decia|decian|ha dicho|han dicho|habia dicho"
                                + "|aconsejó|aconsejaron|recomendó|recomendaron|sugirió|sugirieron|advirtió|advirtieron|enseñó|enseñaron"
                                + "|pidió|pidieron|repetia|repetian|comentó|explicó|respondió|contestó|insistió|propuso|solia decir"
                                + "|solian decir)\\b[^,;.?!]*|\\b(?:me|nos) (?:aconsejo|recomendo|sugirio|advirtio|enseño|pidio"
                                + "|comento|explico|propuso)\\b[^,;.?!]*|\\bme (?:dije|decia|repetia) (?:a mi mismo|a mi misma)?[^,;.?!]*",
                        "reported speech, to the end of its clause: what someone said ('me aconsejó que…'), not the writer's "
                                + "advice; typed without its accent, 'me aconsejo' still reads as reported"),
                Mask.of("\\b(?:tuvimos|teniamos|tenia|tuve|hicimos|pusimos|seguiamos) una (?:sola |unica |simple )?(?:norma|regla"
                                + "|politica|maxima)\\b[^.?!]*|\\b(?:nuestra|mi) (?:norma|regla|politica|maxima|lema) (?:era|fue|es)\\b[^.?!]*",
                        "a rule the writer's own team lived by ('tuvimos una norma: nadie…') describes their practice"),
                Mask.of("\\b(?:(?:lo que|algo que) )?(?:aprendi|aprendimos|he aprendido|hemos aprendido|me di cuenta|nos dimos cuenta"
                                + "|descubri|descubrimos|entendi|comprendi|me quedo claro|la leccion (?:que|para mi|fue))\\b(?:(?!\\b(?:asi que"
                                + "|pero)\\b)[^,;:.?!])*",
                        "a lesson the writer drew ('aprendí que no puedes…') is their experience; it ends at the clause, so "
                                + "'…, así que hazlo' is still seen"),
                Mask.of("\\b(?:\\w+ria|lo volveria a \\w+)\\b[^.?!,;]*\\b(?:otra vez|de nuevo)\\b|\\b(?:la|lo|las|los)? ?volveria a"
                                + " \\w+(?:la|lo|las|los)?\\b",
                        "'lo volvería a hacer' is the writer's own resolution, drawn from their past"),
                Mask.of("\\b(?:no me malinterpretes|creeme|creedme|te lo aseguro|te lo juro|no se|no lo se|no recuerdo|ya sabes"
                                + "|te cuento|os cuento|dejame (?:contar|decir|compartir)|deja que te cuente|imaginate|gracias|como dices"
                                + "|como dijiste|como comentas|como has dicho|lo que cuentas|si te sirve|por si te sirve|no se si te sirve)\\b",
                        "idioms that look like instructions or address 'you' without advising"));
    }

    /** Fillers at a sentence's start, and its opening ¿ or ¡; ambiguous ones (mira, oye…) only with punctuation after them. */
    private static Pattern leadIn() {
        String loose = "(?:y(?! si\\b)|pero|entonces|pues|por cierto|tambien|ademas|sinceramente|honestamente|la verdad|personalmente"
                + "|por curiosidad|solo por curiosidad|una pregunta|otra pregunta|una ultima pregunta|tengo curiosidad(?: por saber)?"
                + "|me pregunto(?: si)?|me preguntaba(?: si)?|me gustaria saber(?: si)?|quisiera saber(?: si)?|quiero saber(?: si)?"
                + "|puedo preguntar|te puedo preguntar|si me permites|en fin|asi que|o sea|osea|total)";
        String punctuated = "(?:mira|mire|oye|oiga|escucha|escuche|dime|digame|bueno|vale|ok|bien|claro|ya|vaya|uf|hmm|eh|a ver"
                + "|perdona|perdon|disculpa|una cosa|pregunta)";
        return Pattern.compile("^(?:[¿¡]\\s*|" + loose + "\\b[,:;.!?]*\\s+|" + punctuated + "[,:;!]+\\s*){1,5}", Rule.FLAGS);
    }

    private static Map<Verdict, String> hints() {
        return Map.of(
                OPEN_QUESTION, "Buena pregunta abierta: deja espacio para que quien presenta piense.",
                CLOSED_QUESTION, "Se responde con un sí, un no o un dato. Empezar por qué o cómo invita a más, "
                        + "p. ej. «¿Cómo fue esa conversación?»",
                ADVICE_IN_DISGUISE, "Suena a una sugerencia en forma de pregunta. Pregunta mejor qué ha valorado, "
                        + "p. ej. «¿Qué opciones estás considerando?»",
                EXPERIENCE, "Gracias por compartir lo que viviste.",
                ADVICE, "Esto suena a consejo. Cuéntalo como tu propia historia: «Cuando me pasó algo parecido, yo…» "
                        + "y qué ocurrió.");
    }

    public static final Language SPANISH = new Language("es", Locale.forLanguageTag("es"), spellings(), masks(), leadIn(),
            PhaseRules.questions(questionRules()),
            PhaseRules.experience(adviceStatements(ADVICE), suggestionsAsQuestions(ADVICE), storyRules()), hints());
}
