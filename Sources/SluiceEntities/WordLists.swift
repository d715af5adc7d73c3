/// Cue word lists used by the rules (written for this project).
enum WordLists {
    /// Titles and roles that precede a person's name (`President X`, `Mr. X`).
    static let personTitles = WordSet("""
        president vice-president minister secretary chancellor premier king queen prince princess pope \
        senator sen. rep. representative congressman congresswoman gov. governor mayor judge justice \
        general gen. admiral adm. colonel col. captain capt. lieutenant lt. sergeant sgt. major maj. commander \
        dr. dr mr. mr mrs. mrs ms. ms miss prof. professor sir dame lord lady sheikh emir ayatollah rabbi \
        bishop cardinal archbishop father rev. reverend ambassador envoy spokesman spokeswoman spokesperson \
        chairman chairwoman chair ceo founder director leader deputy attorney officer agent coach \
        counterpart candidate nominee diplomat minister. detective inspector chief speaker dictator \
        tsar czar sultan crown mrs.
        """)

    /// Verbs that follow a person's name (`X said`).
    static let personVerbs = WordSet("""
        said says told wrote writes asked asks added explained replied argued noted announced thinks believes \
        believed claimed claims insisted insists recalled stated admitted warned urged
        """)

    /// Words that precede a person's name in letters and e-mails (`Dear X`, `Thanks X`).
    static let greetings = WordSet("dear hi hello hey thanks thx")

    /// Words of a closing line before an e-mail signature (`Best regards,`).
    static let closings = WordSet("thanks thx cheers regards sincerely best wishes love")

    /// Words that may sit inside a title phrase (`Secretary of State`, `Foreign Minister`).
    static let titleModifiers = WordSet("""
        foreign defense defence prime finance interior state general deputy first former acting vice \
        supreme attorney chief executive press economy trade energy health justice education labor labour \
        of the district senior top national security high
        """)

    /// Nouns that end an organization name.
    static let orgSuffixes = WordSet("""
        inc inc. corp corp. corporation co. ltd ltd. llc plc gmbh ag company companies group holdings \
        organization organisation ministry department court council committee commission agency authority \
        bureau office offices service services union association society institute institution foundation \
        fund bank university college school academy hospital clinic church party parliament assembly senate \
        congress administration government cabinet army navy force forces guard police board league federation \
        alliance coalition movement front brigade brigades network press times post news journal herald \
        tribune gazette magazine airlines airways motors industries systems technologies labs laboratories \
        partners associates enterprises international club team commission secretariat directorate \
        tribunal treaty command corps center centre
        """)

    /// Nouns that end a location name.
    static let locSuffixes = WordSet("""
        street st. avenue ave. road rd. boulevard blvd. lane square park bridge river lake sea ocean gulf bay \
        island islands isles peninsula mountain mountains mount mt. hill hills valley canyon desert coast \
        strait straits channel province county state region district territory city town village \
        isle airport station harbor harbour port beach falls forest plain plains heights republic
        """)

    /// Capitalized words that are not names on their own: function words, sentence starters, UI and
    /// boilerplate words, weekdays handled elsewhere, and generic nouns common in headlines.
    static let commonWords = WordSet("""
        a an the this that these those there here it its it's i i'm i've i'd i'll me my we our you your he his \
        she her they their them who whom whose what which when where why how all any some no not none each every \
        both either neither one two three four five six seven eight nine ten first second third last next new \
        old other another many much more most few less least such same own only just also even still yet already \
        and or but nor so if then than because since while although though unless until after before during \
        about above across against along among around at by for from in into of off on onto out over per through \
        to toward towards under up upon with within without via as is are was were be been being am do does did \
        has have had will would shall should can could may might must let yes ok okay hi hello hey dear thanks \
        thank please sorry well oh now today tomorrow yesterday tonight meanwhile however therefore moreover \
        furthermore nevertheless instead indeed perhaps maybe also again ever never always often sometimes \
        advertisement advertising analysis opinion news newsletter subscribe subscription sign login log share \
        follow read more comments comment reply report photo photos video videos image images credit credits \
        related latest trending popular top home menu search contact about privacy terms cookies cookie \
        policy copyright rights reserved click here download listen watch keep continue next previous page \
        select choose average slow fast story stories section topics topic tags tag sponsored promoted \
        updated published posted edition print email facebook twitter whatsapp telegram linkedin reddit \
        world politics business economy sports culture science technology health travel lifestyle \
        breaking live exclusive explainer feature features review reviews interview editorial symposium \
        introduction conclusion summary background discussion results methods abstract references \
        chapter part figure table note notes source sources update correction war peace president \
        government officials official people country countries state states city minister ministry \
        secretary leader leaders army military police court time times reading voice public domain \
        conflict independence massive nice great best free new visit global crises industrial complex class specialist initiative
        """)

    /// Lowercase particles allowed inside a person's or organization's name.
    static let nameParticles = WordSet("of the de da di del della van von der den du la le bin ibn al el and & y")

    /// Common given names (a cue that a capitalized phrase is a person).
    static let givenNames = WordSet("""
        james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony \
        antony mark donald steven steve paul andrew andy joshua josh kenneth kevin brian george timothy tim ronald \
        edward jason jeffrey jeff ryan jacob gary nicholas nick eric jonathan stephen larry justin scott brandon \
        benjamin ben samuel sam gregory greg alexander alex frank patrick raymond jack dennis jerry tyler aaron jose \
        adam nathan henry douglas zachary peter kyle walter ethan jeremy harold keith christian roger noah gerald \
        carl terry sean austin arthur lawrence jesse dylan bryan joe jordan billy bruce albert willie gabriel \
        logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip \
        johnny bill bob mike dave dan danny chris matt tom tony jim jimmy ted fred hank ken ron rick \
        mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra \
        ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon \
        laura cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine kate \
        christine debbie rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria \
        olivia kelly christina lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances \
        gloria ann teresa kathryn sara janice jean alice madison doris abigail julia judy grace denise amber \
        marilyn beverly danielle theresa sophia marie diana brittany natalie isabella charlotte rose alexis \
        kayla jane lucy sally susie sue jill jenny jen liz beth meg peggy tracy ellen claire sophie chloe zoe ella mia ava lily hillary condoleezza angela theresa \
        vladimir sergei sergey dmitry dmitri alexei alexey aleksei yuri yury mikhail ivan igor oleg boris nikolai \
        andrei andriy volodymyr petro viktor yulia olga natalia svetlana tatiana irina elena anastasia \
        ramzan yevgeny alexander alexandr maxim pavel anton ilya kirill roman arseniy vitali vitaly \
        recep tayyip ebrahim hassan mahmoud mohammed muhammad mohammad ahmed ahmad ali omar abdul abdullah \
        hussein saddam osama ayman ismail khalid khaled hamid karim masoud javad hossein bashar hosni \
        benjamin naftali yair ehud ariel shimon yitzhak golda moshe \
        xi li wang zhang liu chen yang hu jiang deng mao kim jong shinzo fumio narendra rahul sonia imran \
        nawaz benazir emmanuel francois jacques nicolas angela olaf gerhard helmut boris rishi keir theresa \
        margaret tony gordon justin jair lula luiz jair hugo nicolas fidel raul evo \
        jean pierre marie jacques michel philippe luc yves pierre-louis jean-yves jean-pierre jean-claude \
        hans klaus jurgen wolfgang dieter karl franz otto fritz heinz \
        giovanni giuseppe marco luca matteo silvio mario sergio \
        carlos luis jorge miguel pedro pablo diego javier manuel fernando antonio francisco rafael \
        franklin dwight lyndon barack joe kamala hillary mitt newt nancy mitch lindsey ron
        """)

    /// Prepositions before a place (`in X`, `near X`).
    static let locPrepositions = WordSet("in near across throughout from to into outside inside")

    /// Words that begin a place name (`Lake X`, `Mount X`).
    static let locPrefixes = WordSet("lake mount mt. cape fort gulf isle mount")
}
