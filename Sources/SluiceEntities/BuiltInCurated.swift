/// Hand-written gazetteer lists (written for this project): alternate country names, US states and other
/// regions, major cities, international organizations, and nationality/group words.
enum BuiltInCurated {
    /// Alternate names → canonical CLDR English name.
    static let countryAliases: [(surface: String, canonical: String)] = [
        ("US", "United States"), ("U.S.", "United States"), ("USA", "United States"), ("U.S.A.", "United States"),
        ("America", "United States"), ("United States of America", "United States"), ("the States", "United States"),
        ("UK", "United Kingdom"), ("U.K.", "United Kingdom"), ("Britain", "United Kingdom"),
        ("Great Britain", "United Kingdom"), ("England", "England"), ("Scotland", "Scotland"), ("Wales", "Wales"),
        ("Northern Ireland", "Northern Ireland"), ("Turkey", "Türkiye"), ("Turkiye", "Türkiye"),
        ("Holland", "Netherlands"), ("the Netherlands", "Netherlands"), ("Czech Republic", "Czechia"),
        ("Ivory Coast", "Côte d’Ivoire"), ("Cote d'Ivoire", "Côte d’Ivoire"), ("Burma", "Myanmar (Burma)"),
        ("Myanmar", "Myanmar (Burma)"), ("Democratic Republic of the Congo", "Congo - Kinshasa"),
        ("DR Congo", "Congo - Kinshasa"), ("DRC", "Congo - Kinshasa"), ("Republic of the Congo", "Congo - Brazzaville"),
        ("Congo", "Congo - Brazzaville"), ("South Korea", "South Korea"), ("Korea", "South Korea"),
        ("North Korea", "North Korea"), ("UAE", "United Arab Emirates"), ("Emirates", "United Arab Emirates"),
        ("Vatican", "Vatican City"), ("Holy See", "Vatican City"), ("Palestine", "Palestinian Territories"),
        ("Gaza", "Gaza"), ("Gaza Strip", "Gaza"), ("West Bank", "West Bank"), ("Macedonia", "North Macedonia"),
        ("Swaziland", "Eswatini"), ("East Timor", "Timor-Leste"), ("Cape Verde", "Cape Verde"),
        ("Bosnia", "Bosnia & Herzegovina"), ("Bosnia and Herzegovina", "Bosnia & Herzegovina"),
        ("Trinidad", "Trinidad & Tobago"), ("Antigua", "Antigua & Barbuda"), ("Soviet Union", "Soviet Union"),
        ("USSR", "Soviet Union"), ("Persia", "Iran"), ("Siam", "Thailand"), ("Ceylon", "Sri Lanka"),
        ("Hong Kong", "Hong Kong"), ("Macau", "Macao"), ("Taiwan", "Taiwan"), ("Kosovo", "Kosovo"),
        ("China", "China"), ("Mainland China", "China"), ("People's Republic of China", "China"), ("PRC", "China"),
        ("Crimea", "Crimea"), ("Donbas", "Donbas"), ("Donbass", "Donbas"), ("Kashmir", "Kashmir"),
        ("Tibet", "Tibet"), ("Chechnya", "Chechnya"), ("Kurdistan", "Kurdistan"), ("Siberia", "Siberia"),
    ]

    /// Regions, natural places and cities not derivable from the tz data.
    static let places: [String] = """
        Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|\
        Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|\
        Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|\
        North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|\
        Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|District of Columbia|\
        Ontario|Quebec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|Newfoundland|\
        Queensland|New South Wales|Tasmania|Bavaria|Catalonia|Andalusia|Tuscany|Sicily|Sardinia|Lombardy|\
        Normandy|Provence|Corsica|Flanders|Wallonia|Punjab|Kashmir|Bengal|Bihar|Gujarat|\
        Rajasthan|Tamil Nadu|Maharashtra|Karnataka|Goa|Sindh|Balochistan|Xinjiang|Guangdong|Sichuan|Hokkaido|\
        Okinawa|Kyushu|Bali|Java|Sumatra|Borneo|Mindanao|Luzon|Patagonia|Amazon|Andes|Alps|Himalayas|Pyrenees|\
        Urals|Caucasus|South Caucasus|North Caucasus|Balkans|Scandinavia|Baltics|Middle East|Near East|Far East|\
        Persian Gulf|Gulf of Mexico|Red Sea|Black Sea|Baltic Sea|Caspian Sea|Mediterranean|Mediterranean Sea|\
        North Sea|South China Sea|East China Sea|Arctic|Antarctic|Arctic Ocean|Atlantic|Atlantic Ocean|Pacific|\
        Pacific Ocean|Indian Ocean|Sahara|Sahel|Horn of Africa|Levant|Maghreb|Latin America|South America|\
        North America|Central America|Southeast Asia|East Asia|South Asia|Central Asia|Eurasia|Western Europe|\
        Eastern Europe|Northern Europe|Southern Europe|Central Europe|Sub-Saharan Africa|West Africa|East Africa|\
        North Africa|Southern Africa|Central Africa|Mississippi River|Nile|Danube|Rhine|Volga|Dnipro|Dnieper|\
        Euphrates|Tigris|Yangtze|Mekong|Ganges|Thames|Seine|Hudson|Potomac|Silicon Valley|Wall Street|\
        Manhattan|Brooklyn|Queens|Bronx|Hollywood|Beverly Hills|San Francisco|Los Angeles|San Diego|San Jose|\
        Seattle|Portland|Boston|Philadelphia|Baltimore|Atlanta|Miami|Orlando|Tampa|Dallas|Houston|Austin|\
        San Antonio|Las Vegas|Salt Lake City|Minneapolis|St. Louis|Kansas City|Cleveland|Cincinnati|Pittsburgh|\
        Nashville|Memphis|New Orleans|Oakland|Sacramento|Berkeley|Cambridge|Oxford|\
        Manchester|Liverpool|Birmingham|Leeds|Glasgow|Edinburgh|Belfast|Cardiff|Bristol|Marseille|Lyon|Toulouse|\
        Nice|Bordeaux|Strasbourg|Munich|Hamburg|Frankfurt|Cologne|Stuttgart|Düsseldorf|Milan|Naples|Venice|\
        Florence|Turin|Barcelona|Valencia|Seville|Porto|Geneva|Zurich|Basel|Antwerp|Rotterdam|The Hague|\
        St. Petersburg|Saint Petersburg|Kazan|Sochi|Novosibirsk|Yekaterinburg|Vladivostok|Kamchatka|\
        Kharkiv|Odesa|Odessa|Lviv|Dnipro|Mariupol|Bakhmut|Kherson|Zaporizhzhia|Donetsk|Luhansk|Minsk|\
        Aleppo|Homs|Mosul|Basra|Kirkuk|Erbil|Najaf|Karbala|Tikrit|Ramadi|Jerusalem|Tel Aviv|Haifa|\
        Mecca|Medina|Jeddah|Istanbul|Ankara|Izmir|Alexandria|Giza|Mumbai|Delhi|New Delhi|Bangalore|Bengaluru|\
        Chennai|Hyderabad|Lahore|Islamabad|Peshawar|Rawalpindi|Beijing|Shenzhen|Guangzhou|Wuhan|Osaka|Kyoto|\
        Hiroshima|Nagasaki|Busan|Pyongyang|Hanoi|Rio de Janeiro|São Paulo|Sao Paulo|Brasilia|Toronto|Ottawa|\
        Montreal|Quebec City|Sydney|Melbourne|Brisbane|Perth|Canberra|Auckland|Wellington|Johannesburg|\
        Cape Town|Pretoria|Durban|Addis Ababa|Abuja|Lagos|Mogadishu|Khartoum|Tripoli|Benghazi|Damascus|Beirut|\
        Riyadh|Doha|Dubai|Abu Dhabi|Muscat|Sanaa|Kabul|Kandahar|Tashkent|Astana|Almaty|Bishkek|Dushanbe|\
        Ashgabat|Baku|Yerevan|Tbilisi|Washington D.C.|Washington, D.C.|Brussels|Davos|Kremlin|Pentagon|\
        Capitol Hill|White House|Downing Street|Nord Stream
        """.split(separator: "|").map(String.init)

    /// Places that are also institutions: their surface is tagged ORG (metonymy is too hard to resolve).
    static let institutionsAsOrg: Set<String> = ["Kremlin", "Pentagon", "White House", "Downing Street", "Capitol Hill", "Wall Street"]

    /// International and well-known organizations: surface → canonical (empty = same).
    static let organizations: [(surface: String, canonical: String)] = [
        ("NATO", "NATO"), ("North Atlantic Treaty Organization", "NATO"), ("United Nations", "United Nations"),
        ("UN", "United Nations"), ("U.N.", "United Nations"), ("UN Security Council", "UN Security Council"),
        ("Security Council", "UN Security Council"), ("UN General Assembly", "UN General Assembly"),
        ("UNGA", "UN General Assembly"), ("General Assembly", "UN General Assembly"),
        ("European Union", "European Union"), ("EU", "European Union"), ("E.U.", "European Union"),
        ("European Commission", "European Commission"), ("European Parliament", "European Parliament"),
        ("European Central Bank", "European Central Bank"), ("ECB", "European Central Bank"),
        ("BRICS", "BRICS"), ("G7", "G7"), ("G20", "G20"), ("G-7", "G7"), ("G-20", "G20"),
        ("OPEC", "OPEC"), ("OPEC+", "OPEC"), ("African Union", "African Union"), ("Arab League", "Arab League"),
        ("ASEAN", "ASEAN"), ("Shanghai Cooperation Organization", "Shanghai Cooperation Organization"),
        ("SCO", "Shanghai Cooperation Organization"),
        ("Collective Security Treaty Organization", "Collective Security Treaty Organization"),
        ("CSTO", "Collective Security Treaty Organization"),
        ("International Criminal Court", "International Criminal Court"), ("ICC", "International Criminal Court"),
        ("International Court of Justice", "International Court of Justice"), ("ICJ", "International Court of Justice"),
        ("International Monetary Fund", "International Monetary Fund"), ("IMF", "International Monetary Fund"),
        ("World Bank", "World Bank"), ("World Trade Organization", "World Trade Organization"),
        ("WTO", "World Trade Organization"), ("World Health Organization", "World Health Organization"),
        ("WHO", "World Health Organization"), ("UNESCO", "UNESCO"), ("UNICEF", "UNICEF"), ("UNHCR", "UNHCR"),
        ("IAEA", "International Atomic Energy Agency"),
        ("International Atomic Energy Agency", "International Atomic Energy Agency"),
        ("OSCE", "OSCE"), ("Council of Europe", "Council of Europe"), ("Red Cross", "Red Cross"),
        ("International Committee of the Red Cross", "International Committee of the Red Cross"),
        ("Amnesty International", "Amnesty International"), ("Human Rights Watch", "Human Rights Watch"),
        ("Interpol", "Interpol"), ("Eurasian Economic Union", "Eurasian Economic Union"),
        ("State Department", "U.S. Department of State"), ("Department of State", "U.S. Department of State"),
        ("Pentagon", "U.S. Department of Defense"), ("Department of Defense", "U.S. Department of Defense"),
        ("Kremlin", "Kremlin"), ("White House", "White House"), ("Congress", "U.S. Congress"),
        ("Senate", "Senate"), ("House of Representatives", "U.S. House of Representatives"),
        ("Supreme Court", "Supreme Court"), ("CIA", "CIA"), ("FBI", "FBI"), ("NSA", "NSA"), ("NASA", "NASA"),
        ("FSB", "FSB"), ("KGB", "KGB"), ("GRU", "GRU"), ("Mossad", "Mossad"), ("MI6", "MI6"),
        ("Hamas", "Hamas"), ("Hezbollah", "Hezbollah"), ("Taliban", "Taliban"), ("al-Qaeda", "al-Qaeda"),
        ("Al Qaeda", "al-Qaeda"), ("ISIS", "Islamic State"), ("Islamic State", "Islamic State"),
        ("Fatah", "Fatah"), ("Wagner Group", "Wagner Group"), ("Houthis", "Houthis"),
        ("Associated Press", "Associated Press"), ("AP", "Associated Press"), ("Reuters", "Reuters"),
        ("AFP", "Agence France-Presse"), ("BBC", "BBC"), ("CNN", "CNN"), ("Fox News", "Fox News"),
        ("New York Times", "The New York Times"), ("Washington Post", "The Washington Post"),
        ("Wall Street Journal", "The Wall Street Journal"), ("Bloomberg", "Bloomberg"), ("Al Jazeera", "Al Jazeera"),
        ("RIA Novosti", "RIA Novosti"), ("TASS", "TASS"), ("RBC", "RBC"), ("Sputnik", "Sputnik"),
        ("Google", "Google"), ("Microsoft", "Microsoft"), ("Apple", "Apple"), ("Amazon", "Amazon"),
        ("Facebook", "Facebook"), ("Meta", "Meta"), ("Twitter", "Twitter"), ("Tesla", "Tesla"),
        ("Gazprom", "Gazprom"), ("Rosneft", "Rosneft"), ("Walmart", "Walmart"),
        ("Toyota", "Toyota"), ("IBM", "IBM"), ("Intel", "Intel"), ("Yahoo", "Yahoo"),
        ("Harvard", "Harvard University"), ("Yale", "Yale University"), ("MIT", "MIT"), ("Stanford", "Stanford University"),
        ("Democratic Party", "Democratic Party"), ("Republican Party", "Republican Party"), ("GOP", "Republican Party"),
        ("Labour Party", "Labour Party"), ("Conservative Party", "Conservative Party"),
    ]

    /// Nationality adjectives, demonyms and group names (NORP).
    static let groups: [String] = """
        American|Americans|British|Brit|Brits|English|Scottish|Welsh|Irish|French|German|Germans|Italian|Italians|\
        Spanish|Spaniard|Spaniards|Portuguese|Dutch|Belgian|Belgians|Swiss|Austrian|Austrians|Swedish|Swede|Swedes|\
        Norwegian|Norwegians|Danish|Dane|Danes|Finnish|Finn|Finns|Icelandic|Polish|Pole|Poles|Czech|Czechs|Slovak|\
        Hungarian|Hungarians|Romanian|Romanians|Bulgarian|Bulgarians|Greek|Greeks|Turkish|Turk|Turks|Russian|Russians|\
        Ukrainian|Ukrainians|Belarusian|Belarusians|Lithuanian|Latvian|Estonian|Georgian|Georgians|Armenian|\
        Armenians|Azerbaijani|Azerbaijanis|Azeri|Kazakh|Kazakhs|Uzbek|Uzbeks|Tajik|Turkmen|Kyrgyz|Mongolian|Chinese|\
        Japanese|Korean|Koreans|Vietnamese|Thai|Cambodian|Laotian|Burmese|Malaysian|Indonesian|Indonesians|\
        Filipino|Filipinos|Singaporean|Indian|Indians|Pakistani|Pakistanis|Bangladeshi|Afghan|Afghans|Nepali|\
        Sri Lankan|Iranian|Iranians|Persian|Iraqi|Iraqis|Syrian|Syrians|Lebanese|Jordanian|Israeli|Israelis|\
        Palestinian|Palestinians|Saudi|Saudis|Emirati|Qatari|Kuwaiti|Yemeni|Omani|Egyptian|Egyptians|Libyan|\
        Tunisian|Algerian|Moroccan|Sudanese|Ethiopian|Somali|Kenyan|Ugandan|Nigerian|Nigerians|Ghanaian|\
        Senegalese|Malian|Congolese|Angolan|South African|Zimbabwean|Canadian|Canadians|Mexican|Mexicans|Cuban|\
        Brazilian|Brazilians|Argentine|Argentinian|Chilean|Colombian|Peruvian|Venezuelan|Bolivian|Australian|\
        Australians|New Zealander|Kiwi|European|Europeans|Asian|Asians|African|Africans|Arab|Arabs|Arabic|\
        Western|Westerners|Soviet|Soviets|Kurd|Kurds|Kurdish|Pashtun|Shiite|Shia|Sunni|Sunnis|Muslim|Muslims|\
        Islamic|Christian|Christians|Catholic|Catholics|Protestant|Orthodox|Jewish|Jews|Jew|Hindu|Hindus|Sikh|\
        Buddhist|Democrat|Democrats|Republican|Republicans|Communist|Communists|Houthi|Latino|Latinos|Hispanic|\
        Slavic|Baltic|Scandinavian|Caucasian|Chechen|Crimean|Tatar|Uighur|Uyghur|Tibetan|Taiwanese
        """.split(separator: "|").map(String.init)
}
