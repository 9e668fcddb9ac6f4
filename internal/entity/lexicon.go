package entity

import "strings"

// General English lexicons for recognising and typing names. They hold
// ordinary vocabulary of news English (title words, the head nouns of
// organisation and group names) and, for armed and political groups, a
// general list of widely reported groups; nothing here is specific to any
// one article.

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// monthAbbrevs are the months shortened without a full stop, which
// calendar leaves out: "Jan" may open a name ("Jan Smith").
var monthAbbrevs = set("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")

// calendar words are capitalised but never names of actors.
var calendar = set("january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.",
	"aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "monday", "tuesday", "wednesday", "thursday",
	"friday", "saturday", "sunday")

// capitalised function words and sentence adverbs that start sentences,
// and are no names there.
var capStop = set("the", "a", "an", "this", "that", "these", "those", "it", "he", "she", "they",
	"we", "i", "you", "his", "her", "their", "our", "its", "my", "your", "in", "on", "at", "for",
	"from", "by", "with", "to", "of", "after", "before", "during", "since", "until", "while",
	"when", "where", "if", "although", "though", "because", "but", "and", "or", "so", "yet",
	"however", "therefore", "moreover", "meanwhile", "according", "first", "second", "finally",
	"also", "still", "there", "here", "what", "who", "which", "why", "how", "as", "all", "some",
	"many", "most", "no", "not", "yes", "one", "two", "now", "then", "thus", "instead", "last",
	"next", "earlier", "later", "today", "yesterday", "tomorrow", "mr", "mrs", "ms", "afterwards",
	"afterward", "soon", "recently", "previously", "subsequently", "eventually", "initially",
	"nevertheless", "nonetheless", "furthermore", "additionally", "separately", "currently")

// nameSuffixes follow a personal name and belong to it.
var nameSuffixes = set("jr.", "jr", "sr.", "sr", "ii", "iii", "iv")

// titles precede personal names ("President Biden", "Gen. Milley") and
// are not part of them.
var titles = set("mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "prof.", "president",
	"vice", "prime", "minister", "secretary", "chancellor", "senator", "sen.", "rep.",
	"representative", "congressman", "congresswoman", "governor", "gov.", "mayor", "general",
	"gen.", "lt.", "col.", "colonel", "maj.", "major", "capt.", "captain", "sgt.", "adm.",
	"admiral", "commander", "marshal", "king", "queen", "prince", "princess", "sheikh", "emir",
	"pope", "cardinal", "bishop", "rev.", "ayatollah", "mullah", "judge", "justice", "ambassador",
	"spokesman", "spokeswoman", "spokesperson", "leader", "chairman", "chief", "director",
	"foreign", "defense", "defence", "deputy", "former", "acting", "speaker", "attorney", "sir",
	"lord", "lady", "dame", "premier", "field", "commissioner", "envoy", "counsel", "del.",
	"delegate", "executive", "founder", "editor", "correspondent", "professor", "chairwoman",
	"brig.", "brigadier", "cmdr.", "cdr.", "cpl.", "pvt.", "rear", "vice-minister", "vice-president",
	"mp", "mep", "commodore", "magistrate", "prosecutor", "lieutenant", "sergeant", "corporal",
	"inspector", "superintendent", "councillor", "councilor", "alderman")

// partyLabels stand before personal names as titles do ("Republican Jane
// Doe", "Labour MP John Roe") and are not part of them; in a name the
// recogniser calls an organisation they are ("Liberal Democrats").
var partyLabels = set("republican", "democrat", "democratic", "gop", "labour", "tory", "conservative",
	"liberal", "socialist", "communist", "independent")

// personTitles are the titles that, inside a capitalised run, end what
// precedes a person's name: "U.S. Air Force Gen. Norman Ham",
// "Secretary of State John Kerry".
var personTitles = set("mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "prof.", "president",
	"senator", "sen.", "rep.", "gov.", "governor", "mayor", "gen.", "general", "lt.", "col.",
	"colonel", "maj.", "capt.", "captain", "sgt.", "adm.", "admiral", "king", "queen", "prince",
	"princess", "sheikh", "emir", "pope", "cardinal", "bishop", "rev.", "ayatollah", "mullah",
	"judge", "justice", "ambassador", "secretary", "minister", "chancellor", "premier",
	"commissioner", "sir", "lord", "lady", "dame", "speaker", "commander", "marshal",
	"congressman", "congresswoman", "spokesman", "spokeswoman", "spokesperson", "director",
	"chairman", "chairwoman", "founder", "editor", "correspondent", "officer", "manager",
	"del.", "delegate", "superintendent", "professor", "coach", "chief", "brig.", "brigadier",
	"cmdr.", "cdr.", "cpl.", "pvt.", "vice-minister", "vice-president", "mp", "mep", "commodore",
	"magistrate", "prosecutor", "lieutenant", "sergeant", "corporal", "inspector", "councillor",
	"councilor", "alderman")

// notActors are capitalised abbreviations of ordinary things, not
// organisations.
var notActors = set("TV", "OK", "AM", "PM", "CEO", "CFO", "COO", "CTO", "ID", "IQ", "DNA", "RNA",
	"HIV", "AIDS", "GDP", "PR", "VIP", "USB", "PC", "ER", "DVD", "CD", "FAQ", "TEXT", "AP", "LOL",
	"OMG", "USD", "EUR", "GMT", "UTC", "EST", "PST", "EDT", "PDT", "BC", "AD", "CE", "BCE", "MP",
	"MPs", "RPG", "IED", "IEDs", "SUV", "ATM", "GPS", "COVID", "SARS", "MRI", "CT", "ICU", "LGBT",
	"LGBTQ", "STEM", "UFO", "NB", "PS", "QA", "AI", "IT", "VR", "FM", "HQ")

// ofHeads are name heads that take an "of" complement inside the name:
// "Republic of China", "Bank of England", "Ministry of Defence".
var ofHeads = set("republic", "kingdom", "union", "bank", "university", "ministry", "department",
	"council", "court", "house", "church", "states", "commonwealth", "federation", "emirate",
	"emirates", "organization", "organisation", "league", "institute", "association", "office",
	"college", "school", "academy", "army", "navy", "corps", "chamber",
	"committee", "commission", "board", "party", "movement", "museum", "order", "society",
	"federation", "sultanate", "principality", "duchy", "islands", "isle", "gulf", "bay", "sea",
	"cape", "lake", "straits", "strait", "framework", "coalition", "alliance", "defence",
	"defense", "people", "liberation", "protection", "centre", "center", "forces",
	"foundation", "fund", "agency", "network", "congress", "assembly")

// forHeads take a "for" inside a name: "Institute for African Studies",
// "Framework for the Defence of ...", "Party for Freedom".
// waterWords end the names of seas and straits.
var waterWords = set("Sea", "Ocean", "Gulf", "Strait", "Straits", "Channel", "Bay")

// nameConnectors are the lower-case words a name may hold between its
// capitalised words.
var nameConnectors = set("of", "for", "and", "on", "in", "to", "de", "the")

// titleConnectors are the small words a title capitalises inside a name
// ("Doctors Without Borders").
var titleConnectors = set("without", "against", "for", "of", "in", "on", "to", "and", "at", "beyond", "across")

// namedBodyKinds are nouns for kinds of body, other than bodyKinds,
// that a name follows ("the advocacy group Justice for Myanmar").
var namedBodyKinds = set("group", "coalition", "campaign", "alliance", "network", "movement", "initiative", "collective", "platform")

var forHeads = set("institute", "centre", "center", "framework", "committee", "commission", "council",
	"coalition", "alliance", "front", "movement", "party", "foundation", "fund", "organization",
	"organisation", "association", "league", "union", "office", "agency", "campaign", "society",
	"network", "forum", "platform", "ministry", "department", "bureau")

// peopleNouns may carry a possessive inside a name: "People's Republic".
// personRoles name what people are, in an apposition after a name.
var personRoles = set("spokesman", "spokeswoman", "spokesperson", "minister", "president", "leader",
	"researcher", "analyst", "expert", "official", "journalist", "reporter", "correspondent", "lawyer",
	"activist", "professor", "scientist", "economist", "writer", "author", "editor", "founder", "chief",
	"head", "adviser", "advisor", "aide", "deputy", "envoy", "diplomat", "commander", "general", "colonel",
	"governor", "mayor", "senator", "ambassador", "secretary", "director", "chairman", "chairwoman",
	"candidate", "politician", "lawmaker", "blogger", "soldier", "officer", "resident", "witness", "survivor")

// kinNouns name a person by kin: "Roussel's mother, Sylvie,".
var kinNouns = set("mother", "father", "wife", "husband", "son", "daughter", "brother", "sister",
	"uncle", "aunt", "cousin", "nephew", "niece", "grandmother", "grandfather", "widow", "widower",
	"fiancée", "fiance", "fiancé", "partner", "parent", "child")

var peopleNouns = set("people", "peoples", "children", "women", "men", "workers", "veterans",
	"farmers", "martyrs", "mothers", "citizens", "nations")

// groupHeads end the names of armed and political groups.
var groupHeads = set("front", "army", "brigade", "brigades", "militia", "militias", "movement",
	"rebels", "battalion", "battalions", "legion", "mujahideen", "mujahidin", "jihad",
	"insurgency", "resistance", "guerrillas", "commandos", "fighters", "cartel", "taliban")

// orgHeads end the names of organisations.
var orgHeads = set("organisation", "organization", "treaty", "union", "council", "ministry",
	"committee", "commission", "agency", "bank", "company", "corporation", "corp.", "corp", "inc.",
	"inc", "ltd", "ltd.", "llc", "plc", "co.", "group", "university", "institute", "institution",
	"association", "federation", "parliament", "congress", "senate", "court", "department",
	"office", "fund", "alliance", "party", "foundation", "center", "centre", "service",
	"services", "bureau", "authority", "assembly", "administration", "cabinet", "police",
	"navy", "force", "forces", "guard", "school", "college", "academy", "hospital", "airlines",
	"airways", "church", "board", "network", "society", "club", "coalition", "secretariat",
	"directorate", "command", "staff", "fleet", "corps", "regiment", "squadron", "flotilla", "mission", "program", "programme", "initiative", "trust", "tribunal",
	"court", "kremlin", "pentagon", "duma", "knesset", "majlis", "bundestag", "nations", "embassy",
	"consulate")

// companyKinds are the kinds of business a name comes after as its title
// ("shipping firm Maersk", "energy major Chevron", "defence contractor
// Lockheed Martin").
var companyKinds = set("firm", "company", "corporation", "major", "giant", "conglomerate", "manufacturer",
	"maker", "producer", "insurer", "lender", "carrier", "airline", "operator", "contractor", "consultancy",
	"startup", "provider", "retailer", "supplier", "exporter", "importer", "shipper", "broker", "miner")

// bodyKinds are other kinds of organisation a name comes after as its
// title ("maritime security agency UKMTO", "the watchdog Ofcom") or
// after as an apposition ("The agency, UKMTO,").
var bodyKinds = set("agency", "watchdog", "regulator", "charity", "organisation", "organization", "institute",
	"foundation", "bank", "ngo")

// otherHeads end names of laws, treaties, events and prizes, which are
// neither actors nor places.
var otherHeads = set("convention", "agreement", "accord", "accords", "act", "declaration",
	"protocol", "summit", "conference", "games", "olympics", "award", "prize", "war", "doctrine",
	"plan", "bill", "amendment", "law", "resolution", "deal", "day", "week", "cup", "championship")

// placeHeads end the names of places.
var placeHeads = set("region", "province", "valley", "mountains", "mountain", "river", "sea",
	"ocean", "island", "islands", "gulf", "strait", "desert", "peninsula", "oblast", "krai",
	"district", "county", "city", "town", "village", "square", "street", "avenue", "airport",
	"base", "border", "lake", "bay", "coast", "territory", "territories", "state", "prefecture",
	"governorate", "canton", "municipality", "pass", "plateau", "basin", "heights", "strip",
	"bank", "corridor", "shoal", "reef", "atoll", "cape", "archipelago", "camp")

// knownGroup is a widely reported armed or political group.
type knownGroup struct {
	names   []string // canonical name first
	country string   // ISO alpha-2 of the state it operates in, "" for transnational
}

// knownBodies are intergovernmental organisations and their organs that
// news names by full name and by acronym, often both in one report
// without brackets between ("the Association of Southeast Asian Nations
// ... ASEAN"): each is one body, of no state. Sources: the organisations
// most often named in international news reporting (general knowledge;
// names as they write themselves in English). Acronyms that are also
// English words ("WHO") are left out.
var knownBodies = [][]string{
	{"United Nations", "UN", "U.N."},
	{"UN Security Council", "Security Council", "United Nations Security Council", "UNSC", "U.N. Security Council"},
	{"UN General Assembly", "General Assembly", "United Nations General Assembly", "U.N. General Assembly"},
	{"European Union", "EU", "E.U."},
	{"European Commission"},
	{"NATO", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation"},
	{"African Union", "AU"},
	{"Association of Southeast Asian Nations", "ASEAN"},
	{"Economic Community of West African States", "ECOWAS"},
	{"Southern African Development Community", "SADC"},
	{"Intergovernmental Authority on Development", "IGAD"},
	{"East African Community", "EAC"},
	{"Organization of American States", "OAS", "Organisation of American States"},
	{"Organization for Security and Co-operation in Europe", "OSCE", "Organization for Security and Cooperation in Europe", "Organisation for Security and Co-operation in Europe"},
	{"Collective Security Treaty Organization", "CSTO", "Collective Security Treaty Organisation"},
	{"Shanghai Cooperation Organisation", "SCO", "Shanghai Cooperation Organization"},
	{"Gulf Cooperation Council", "GCC"},
	{"Arab League", "League of Arab States"},
	{"Organisation of Islamic Cooperation", "OIC", "Organization of Islamic Cooperation"},
	{"Eurasian Economic Union", "EAEU"},
	{"Council of Europe"},
	{"World Food Programme", "WFP", "World Food Program"},
	{"UNHCR", "UN refugee agency", "United Nations High Commissioner for Refugees", "UN High Commissioner for Refugees"},
	{"UNICEF", "United Nations Children's Fund", "UN Children's Fund"},
	{"OCHA", "UN Office for the Coordination of Humanitarian Affairs", "Office for the Coordination of Humanitarian Affairs", "United Nations Office for the Coordination of Humanitarian Affairs"},
	{"International Atomic Energy Agency", "IAEA"},
	{"International Criminal Court", "ICC"},
	{"International Court of Justice", "ICJ"},
	{"International Monetary Fund", "IMF"},
	{"World Bank"},
	{"World Trade Organization", "WTO", "World Trade Organisation"},
	{"International Committee of the Red Cross", "ICRC"},
	{"OPEC", "Organization of the Petroleum Exporting Countries"},
}

// knownGroups is a general list of armed and political groups that news
// names without any head noun ("the Taliban", "Hamas"). Sources: the
// groups most often named in international news reporting (general
// knowledge; the names as the groups are commonly written in English).
var knownGroups = []knownGroup{
	{[]string{"Taliban", "Afghan Taliban", "Islamic Emirate of Afghanistan"}, "AF"},
	{[]string{"Tehrik-i-Taliban Pakistan", "Pakistani Taliban", "TTP", "Tehreek-e-Taliban Pakistan"}, "PK"},
	{[]string{"Haqqani network", "Haqqani Network"}, "AF"},
	{[]string{"al-Qaeda", "al Qaeda", "Al-Qaeda", "Al Qaeda", "al-Qaida", "Al-Qaida"}, ""},
	{[]string{"al-Qaeda in the Arabian Peninsula", "AQAP"}, "YE"},
	{[]string{"al-Qaeda in the Islamic Maghreb", "AQIM"}, ""},
	{[]string{"Islamic State", "ISIS", "ISIL", "Daesh", "Islamic State of Iraq and Syria", "Islamic State of Iraq and the Levant"}, ""},
	{[]string{"Islamic State Khorasan Province", "ISIS-K", "ISKP", "IS-K"}, "AF"},
	{[]string{"Hamas", "Harakat al-Muqawama al-Islamiya"}, "PS"},
	{[]string{"Palestinian Islamic Jihad", "Islamic Jihad", "PIJ"}, "PS"},
	{[]string{"Fatah"}, "PS"},
	{[]string{"Hezbollah", "Hizbollah", "Hizballah", "Hizbullah"}, "LB"},
	{[]string{"Houthis", "Houthi", "Ansar Allah", "Ansarullah", "Houthi rebels"}, "YE"},
	{[]string{"al-Shabaab", "Al-Shabaab", "al-Shabab", "Al-Shabab"}, "SO"},
	{[]string{"Boko Haram"}, "NG"},
	{[]string{"Islamic State West Africa Province", "ISWAP"}, "NG"},
	{[]string{"Kurdistan Workers' Party", "PKK"}, "TR"},
	{[]string{"People's Protection Units", "YPG"}, "SY"},
	{[]string{"Syrian Democratic Forces", "SDF"}, "SY"},
	{[]string{"Hayat Tahrir al-Sham", "HTS", "Tahrir al-Sham"}, "SY"},
	{[]string{"al-Nusra Front", "Nusra Front", "Jabhat al-Nusra"}, "SY"},
	{[]string{"Free Syrian Army", "FSA"}, "SY"},
	{[]string{"Popular Mobilization Forces", "PMF", "Hashd al-Shaabi", "Popular Mobilisation Forces"}, "IQ"},
	{[]string{"Kataib Hezbollah", "Kata'ib Hezbollah"}, "IQ"},
	{[]string{"Lashkar-e-Taiba", "Lashkar-e-Toiba", "LeT"}, "PK"},
	{[]string{"Jaish-e-Mohammed", "Jaish-e-Muhammad", "JeM"}, "PK"},
	{[]string{"Islamic Movement of Uzbekistan", "IMU"}, "UZ"},
	{[]string{"East Turkestan Islamic Movement", "ETIM", "Turkistan Islamic Party"}, "CN"},
	{[]string{"Muslim Brotherhood"}, "EG"},
	{[]string{"Hizb ut-Tahrir", "Hizb-ut-Tahrir"}, ""},
	{[]string{"Wagner Group", "PMC Wagner"}, "RU"},
	{[]string{"Azov Battalion", "Azov Regiment"}, "UA"},
	{[]string{"Rapid Support Forces", "RSF"}, "SD"},
	{[]string{"Janjaweed"}, "SD"},
	{[]string{"M23", "March 23 Movement"}, "CD"},
	{[]string{"Allied Democratic Forces", "ADF"}, "CD"},
	{[]string{"Lord's Resistance Army", "LRA"}, "UG"},
	{[]string{"Abu Sayyaf"}, "PH"},
	{[]string{"New People's Army", "NPA"}, "PH"},
	{[]string{"Jemaah Islamiyah"}, "ID"},
	{[]string{"Revolutionary Armed Forces of Colombia", "FARC"}, "CO"},
	{[]string{"National Liberation Army", "ELN"}, "CO"},
	{[]string{"Shining Path", "Sendero Luminoso"}, "PE"},
	{[]string{"Zapatista Army of National Liberation", "Zapatistas", "EZLN"}, "MX"},
	{[]string{"Sinaloa Cartel", "Sinaloa cartel"}, "MX"},
	{[]string{"Jalisco New Generation Cartel", "CJNG"}, "MX"},
	{[]string{"ETA", "Euskadi Ta Askatasuna"}, "ES"},
	{[]string{"Irish Republican Army", "IRA", "Provisional IRA", "Real IRA", "New IRA"}, "GB"},
	{[]string{"Ulster Volunteer Force", "UVF"}, "GB"},
	{[]string{"Liberation Tigers of Tamil Eelam", "LTTE", "Tamil Tigers"}, "LK"},
	{[]string{"Naxalites", "Maoists"}, "IN"},
	{[]string{"Polisario Front", "Polisario"}, "EH"},
	{[]string{"Tigray People's Liberation Front", "TPLF"}, "ET"},
	{[]string{"Oromo Liberation Army", "OLA"}, "ET"},
	{[]string{"Arakan Army"}, "MM"},
	{[]string{"Ku Klux Klan", "KKK"}, "US"},
	{[]string{"Proud Boys"}, "US"},
	{[]string{"Oath Keepers"}, "US"},
	{[]string{"Mujahideen-e-Khalq", "MEK", "People's Mojahedin Organization of Iran"}, "IR"},
	{[]string{"Jaish al-Adl"}, "IR"},
	{[]string{"Baloch Liberation Army", "BLA"}, "PK"},
	{[]string{"Northern Alliance"}, "AF"},
}

// foreignGroupWords are words for a group, movement, front or brigade
// that open the names of armed and political groups in Arabic and
// related languages ("Jama'at", "Harakat", "Jabhat", "Liwa", "Kata'ib").
var foreignGroupWords = set("jama'at", "jamaat", "jamaah", "jemaah", "harakat", "jabhat", "liwa", "kata'ib",
	"kataib", "saraya", "hay'at", "hayat", "ansar", "tanzim", "hizb", "jaysh", "jaish", "faylaq", "asa'ib", "asaib")

// lowerParticles may begin a name in lower case: "al-Qaeda", "de Gaulle".
var lowerParticles = set("al", "el", "de", "van", "von", "bin", "ibn", "abu", "da", "di", "le", "la", "du",
	"der", "den", "ter", "dos", "das", "del", "bint", "wal", "wa", "bil", "fil", "ul")

// personParticles, inside a run of capitalised words, mark a person's
// name rather than a place's ("de" and "del" name places as often).
var personParticles = set("van", "von", "der", "den", "ter", "bin", "bint", "ibn")

func lower(s string) string { return strings.ToLower(s) }

// platforms are online services that host outlets and channels but are
// not outlets themselves: "the Telegram channel of ..." names a channel on
// Telegram.
var platforms = set("telegram", "twitter", "facebook", "instagram", "youtube", "tiktok", "whatsapp",
	"vkontakte", "vk", "weibo", "wechat", "reddit", "snapchat", "linkedin", "truth social", "gab",
	"parler", "rumble", "substack", "threads", "bluesky", "signal", "viber", "odnoklassniki")

// seatsOfPower are the residences and offices whose names stand for a
// state's leadership the way its capital does ("the Kremlin denied",
// "the White House said"), with the state's ISO 3166 code. Ministries and
// armed forces known by a building ("the Pentagon") are organisations of
// their own and are not listed.
var seatsOfPower = map[string]string{
	"kremlin": "RU", "white house": "US", "downing street": "GB", "number 10": "GB", "no. 10": "GB",
	"elysee": "FR", "élysée": "FR", "elysee palace": "FR", "élysée palace": "FR", "zhongnanhai": "CN",
	"blue house": "KR", "bankova": "UA", "quirinal": "IT", "palazzo chigi": "IT",
	"moncloa": "ES", "casa rosada": "AR", "planalto": "BR", "los pinos": "MX", "palacio nacional": "MX",
	"aso villa": "NG", "union buildings": "ZA", "rashtrapati bhavan": "IN", "south block": "IN",
	"kantei": "JP", "beit hanassi": "IL", "cankaya": "TR", "çankaya": "TR",
	"bellevue palace": "DE", "malacanang": "PH", "malacañang": "PH",
}

// addressVerbs take people as their object: a state's capital there
// stands for its government ("accused Yerevan of", "urged Kabul to").
var addressVerbs = set("accuse", "blame", "urge", "warn", "criticize", "criticise", "condemn", "denounce",
	"pressure", "press", "sanction", "invite", "ask", "tell", "thank", "praise", "rebuke", "threaten", "persuade",
	"oblige", "require", "force", "compel", "allow", "prompt", "encourage")

// relationNouns name dealings between governments ("talks between X and
// Y", "relations with X").
var relationNouns = set("talks", "talk", "relations", "relation", "ties", "tie", "tension", "tensions", "dialogue",
	"negotiations", "negotiation", "agreement", "deal", "rift", "dispute", "contacts", "contact", "cooperation",
	"rapprochement", "standoff", "row", "feud", "rivalry", "normalisation", "normalization", "détente", "detente",
	"exchange", "exchanges", "war", "conflict", "summit", "meeting", "truce", "ceasefire", "mediation")

// messageNouns name what one government sends another ("a message to X",
// "pressure from X").
var messageNouns = set("message", "letter", "warning", "ultimatum", "signal", "offer", "proposal", "request",
	"appeal", "demand", "demands", "response", "reply", "threat", "overture", "note", "pressure", "invitation",
	"assurance", "assurances", "concession", "concessions", "criticism", "condemnation", "protest", "complaint")

// placeKinds are nouns for kinds of place that name one after "of" ("the
// city of X").
var placeKinds = set("city", "town", "village", "province", "region", "district", "county", "state",
	"port", "island", "islands", "oblast", "governorate", "prefecture", "municipality", "settlement",
	"valley", "capital", "hamlet", "suburb", "enclave", "emirate", "canton", "department", "stronghold")

// ambiguousPlaceHeads follow names that are not places as often as
// places ("the Trump base", "the Gaza border", "the Biden state"), so
// they type nothing after a name.
var ambiguousPlaceHeads = set("base", "border", "state", "bank", "pass", "square", "street", "corridor", "coast", "strip",
	"camp")

// outletConnectors join the words of an outlet's name to a place or a
// subject ("Le Veilleur de Ouaga", "Voice of America"); the words before
// them may name the outlet for short.
var outletConnectors = set("de", "du", "des", "del", "della", "di", "of", "for")

// foreignArticles open outlets' names in the languages of outlets
// retold in English: "Il Corriere del Tevere", "La Crónica de Madrid".
var foreignArticles = set("le", "la", "les", "il", "lo", "el", "der", "die", "das")

// armedWords before "group" make it an armed one ("the armed group
// CODECO", "the rebel group M23").
var armedWords = set("armed", "rebel", "militant", "jihadist", "insurgent", "paramilitary", "extremist", "terrorist", "separatist")

// titleModifiers before a person's title tell which court, rank or office
// it is, and belong to the title ("U.S. District Judge Margaret Ellison",
// "Supreme Court Justice", "Senior Colonel").
var titleModifiers = set("district", "circuit", "appeals", "appellate", "supreme", "court", "federal", "high",
	"county", "magistrate", "bankruptcy", "immigration", "senior", "junior", "acting", "deputy", "assistant")

// languageWords after a demonym and a hyphen make it a language's name
// ("Spanish-language", "Russian-speaking").
var languageWords = set("language", "languages", "speaking", "speaker", "speakers", "medium")

// aidNouns are what one government gives another, to or from a capital
// standing for it ("budget support to Addis Ababa", "weapons from
// Tehran").
var aidNouns = set("aid", "support", "assistance", "loan", "loans", "funding", "funds", "weapon", "weapons",
	"arms", "credit", "credits", "subsidy", "subsidies", "grant", "grants", "backing", "military")

// steerVerbs are what a government does to an operation from its
// capital ("funded from Moscow", "directed from Tehran").
var steerVerbs = set("fund", "finance", "direct", "orchestrate", "control", "coordinate", "order", "sponsor")

// languageNouns make a state's adjective before them a language's:
// "its French acronym", "the Spanish name".
var languageNouns = set("acronym", "abbreviation", "initials", "name", "names", "word", "term", "spelling",
	"transliteration", "translation", "language", "version", "edition", "service")

// waterHeads end the names of seas, rivers and other waters that several
// states share, in lower case (waterWords, the capitalised heads of seas
// and straits only, decide where a place's gazetteer state is dropped).
var waterHeads = set("sea", "ocean", "gulf", "bay", "strait", "straits", "river", "lake", "channel")

// topicNouns are people known by what they study or watch, which a place
// before them names ("a Sahel researcher", "a Balkans expert").
var topicNouns = set("expert", "experts", "specialist", "specialists", "analyst", "analysts", "researcher",
	"researchers", "scholar", "scholars", "watcher", "watchers", "historian", "historians")

// kindHead reports whether w (lower case) is a word for a kind of place or
// body, which ends names of that kind but on its own names no one place.
func kindHead(w string) bool {
	return placeHeads[w] || orgHeads[w] || groupHeads[w] || otherHeads[w]
}
