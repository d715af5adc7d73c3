/// Word lists for the date, time, money, percentage and quantity recognizers.
enum ValueWords {
    static let months = WordSet("""
        january february march april may june july august september october november december \
        jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec. jan feb apr jun jul aug sep sept oct nov dec
        """)
    /// Month names that are also common words; only dates when followed by a day or year.
    static let ambiguousMonths = WordSet("may march jan jun")
    static let weekdays = WordSet("""
        monday tuesday wednesday thursday friday saturday sunday mon. tue. tues. wed. thu. thurs. fri. sat. sun.
        """)
    static let seasons = WordSet("spring summer autumn winter")
    static let eraMarkers = WordSet("bc bce ad ce b.c. a.d. b.c.e. c.e.")
    static let dateUnits = WordSet("""
        day days week weeks weekend weekends month months year years decade decades century centuries \
        quarter quarters fortnight millennium spring summer autumn fall winter morning evening night
        """)
    static let relativeDeterminers = WordSet("this last next past previous following coming same recent")
    static let relativeAfter = WordSet("ago later earlier before after")
    static let deicticDays = WordSet("today yesterday tomorrow tonight")
    static let centuryWords = WordSet("century centuries millennium")
    static let timeSuffixes = WordSet("a.m. p.m. am pm a.m p.m o'clock gmt utc")
    static let timeWords = WordSet("noon midnight")
    static let dayParts = WordSet("morning afternoon evening night")
    static let currencySymbols = WordSet("$ € £ ¥ ₽ ₹ us$ a$ c$ usd eur gbp")
    static let currencyWords = WordSet("""
        dollar dollars euro euros pound pounds sterling ruble rubles rouble roubles yuan renminbi yen rupee \
        rupees cent cents franc francs peso pesos lira riyal rial dirham won shekel shekels bitcoin
        """)
    static let scaleWords = WordSet("thousand million billion trillion m bn mn k hundred")
    static let percentWords = WordSet("percent per-cent pct percentage")
    static let units = WordSet("""
        kiloton kilotons megaton megatons ton tons tonne tonnes kg kilogram kilograms gram grams g mg lb lbs \
        ounce ounces km kilometer kilometers kilometre kilometres mile miles meter meters metre metres m cm mm \
        foot feet ft inch inches yard yards acre acres hectare hectares sq square liter liters litre litres \
        gallon gallons barrel barrels bpd mph km/h kph knots degree degrees °c °f celsius fahrenheit \
        mw gw kw kwh mwh gwh megawatt megawatts gigawatt gigawatts watts volts calories bytes gb mb tb kb \
        magnitude points
        """)
    static let countedNouns = WordSet("""
        people persons troops soldiers civilians children residents refugees deaths casualties workers \
        members voters students patients victims prisoners detainees fighters employees users visitors \
        households families cases infections migrants passengers
        """)
    static let numberWords = WordSet("""
        two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen \
        eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand \
        thousands million millions billion billions dozen dozens
        """)
    static let smallNumberWords = WordSet("a an one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty seventy eighty ninety hundred several few many some")
    static let decadeWords = WordSet("twenties thirties forties fifties sixties seventies eighties nineties")
    static let the = ByteText.foldedHash("the")
    static let of = ByteText.foldedHash("of")
    static let and = ByteText.foldedHash("and")
    static let per = ByteText.foldedHash("per")
    static let cent = ByteText.foldedHash("cent")
    /// Every word that can begin a value expression (tokens with digits always can).
    static let starters = WordSet(union: [
        months, weekdays, seasons, relativeDeterminers, deicticDays, timeWords, numberWords, smallNumberWords,
        currencySymbols, WordSet("the"),
    ])
    static let tonight = ByteText.foldedHash("tonight")
    static let same = ByteText.foldedHash("same")
}
