package storygen

// The word lists below are general: real outlets, real cities with their
// countries, and ordinary news vocabulary. They give the generator enough
// variety that a linker cannot succeed by matching one template.

type outlet struct {
	Name, Domain string
}

var outlets = []outlet{
	{"Reuters", "reuters.com"}, {"Associated Press", "apnews.com"}, {"Agence France-Presse", "afp.com"},
	{"BBC News", "bbc.com"}, {"Al Jazeera", "aljazeera.com"}, {"Fox News", "foxnews.com"},
	{"CNN", "cnn.com"}, {"The Guardian", "theguardian.com"}, {"Deutsche Welle", "dw.com"},
	{"France 24", "france24.com"}, {"Anadolu Agency", "aa.com.tr"}, {"TASS", "tass.com"},
	{"Xinhua", "xinhuanet.com"}, {"Kyodo News", "kyodonews.net"}, {"Yonhap", "yna.co.kr"},
	{"The Hindu", "thehindu.com"}, {"Dawn", "dawn.com"}, {"Daily Sabah", "dailysabah.com"},
	{"Haaretz", "haaretz.com"}, {"The Kyiv Independent", "kyivindependent.com"}, {"Meduza", "meduza.io"},
	{"Svobodnaya Pressa", "svpressa.ru"}, {"Sputnik", "sputnikglobe.com"}, {"RIA Novosti", "ria.ru"},
	{"NHK World", "nhk.or.jp"}, {"Le Monde", "lemonde.fr"}, {"El País", "elpais.com"},
	{"Der Spiegel", "spiegel.de"}, {"The New York Times", "nytimes.com"}, {"The Washington Post", "washingtonpost.com"},
	{"The Wall Street Journal", "wsj.com"}, {"Bloomberg", "bloomberg.com"}, {"Financial Times", "ft.com"},
	{"The Times of India", "timesofindia.indiatimes.com"}, {"Arab News", "arabnews.com"}, {"Gulf News", "gulfnews.com"},
	{"The East African", "theeastafrican.co.ke"}, {"Daily Nation", "nation.africa"}, {"Premium Times", "premiumtimesng.com"},
	{"Mail & Guardian", "mg.co.za"}, {"Radio Free Europe", "rferl.org"}, {"Voice of America", "voanews.com"},
	{"The Independent", "independent.co.uk"}, {"Sky News", "news.sky.com"}, {"Euronews", "euronews.com"},
	{"Middle East Eye", "middleeasteye.net"}, {"The National", "thenationalnews.com"}, {"Asharq Al-Awsat", "aawsat.com"},
	{"Tolo News", "tolonews.com"}, {"Khaama Press", "khaama.com"}, {"Kabul Now", "kabulnow.com"},
	{"Radio Okapi", "radiookapi.net"}, {"Addis Standard", "addisstandard.com"}, {"Sudan Tribune", "sudantribune.com"},
}

type place struct {
	City, Country, ISO, Demonym string
}

var places = []place{
	{"Aleppo", "Syria", "SY", "Syrian"}, {"Homs", "Syria", "SY", "Syrian"}, {"Idlib", "Syria", "SY", "Syrian"},
	{"Mosul", "Iraq", "IQ", "Iraqi"}, {"Kirkuk", "Iraq", "IQ", "Iraqi"}, {"Fallujah", "Iraq", "IQ", "Iraqi"},
	{"Kherson", "Ukraine", "UA", "Ukrainian"}, {"Kharkiv", "Ukraine", "UA", "Ukrainian"}, {"Zaporizhzhia", "Ukraine", "UA", "Ukrainian"},
	{"Goma", "the Democratic Republic of the Congo", "CD", "Congolese"}, {"Bunia", "the Democratic Republic of the Congo", "CD", "Congolese"},
	{"Timbuktu", "Mali", "ML", "Malian"}, {"Gao", "Mali", "ML", "Malian"}, {"Mopti", "Mali", "ML", "Malian"},
	{"Kandahar", "Afghanistan", "AF", "Afghan"}, {"Herat", "Afghanistan", "AF", "Afghan"}, {"Kunduz", "Afghanistan", "AF", "Afghan"},
	{"Mogadishu", "Somalia", "SO", "Somali"}, {"Kismayo", "Somalia", "SO", "Somali"}, {"Baidoa", "Somalia", "SO", "Somali"},
	{"Taiz", "Yemen", "YE", "Yemeni"}, {"Hodeidah", "Yemen", "YE", "Yemeni"}, {"Marib", "Yemen", "YE", "Yemeni"},
	{"El Fasher", "Sudan", "SD", "Sudanese"}, {"Omdurman", "Sudan", "SD", "Sudanese"}, {"Nyala", "Sudan", "SD", "Sudanese"},
	{"Benghazi", "Libya", "LY", "Libyan"}, {"Misrata", "Libya", "LY", "Libyan"}, {"Sirte", "Libya", "LY", "Libyan"},
	{"Maiduguri", "Nigeria", "NG", "Nigerian"}, {"Kaduna", "Nigeria", "NG", "Nigerian"}, {"Zamfara", "Nigeria", "NG", "Nigerian"},
	{"Mekelle", "Ethiopia", "ET", "Ethiopian"}, {"Gondar", "Ethiopia", "ET", "Ethiopian"}, {"Bahir Dar", "Ethiopia", "ET", "Ethiopian"},
	{"Malakal", "South Sudan", "SS", "South Sudanese"}, {"Bentiu", "South Sudan", "SS", "South Sudanese"},
	{"Pemba", "Mozambique", "MZ", "Mozambican"}, {"Mocimboa da Praia", "Mozambique", "MZ", "Mozambican"},
	{"Quetta", "Pakistan", "PK", "Pakistani"}, {"Peshawar", "Pakistan", "PK", "Pakistani"}, {"Lahore", "Pakistan", "PK", "Pakistani"},
	{"Sittwe", "Myanmar", "MM", "Burmese"}, {"Mandalay", "Myanmar", "MM", "Burmese"}, {"Lashio", "Myanmar", "MM", "Burmese"},
	{"Ouagadougou", "Burkina Faso", "BF", "Burkinabe"}, {"Djibo", "Burkina Faso", "BF", "Burkinabe"},
	{"Niamey", "Niger", "NE", "Nigerien"}, {"Tillaberi", "Niger", "NE", "Nigerien"},
	{"Bamenda", "Cameroon", "CM", "Cameroonian"}, {"Port-au-Prince", "Haiti", "HT", "Haitian"},
	{"Culiacan", "Mexico", "MX", "Mexican"}, {"Cucuta", "Colombia", "CO", "Colombian"},
	{"Stepanakert", "Azerbaijan", "AZ", "Azerbaijani"}, {"Tskhinvali", "Georgia", "GE", "Georgian"},
	{"Jenin", "the West Bank", "PS", "Palestinian"}, {"Tyre", "Lebanon", "LB", "Lebanese"}, {"Sidon", "Lebanon", "LB", "Lebanese"},
	{"Tripoli", "Libya", "LY", "Libyan"}, {"Kidal", "Mali", "ML", "Malian"}, {"Beni", "the Democratic Republic of the Congo", "CD", "Congolese"},
	{"Rafah", "Gaza", "PS", "Palestinian"}, {"Deir ez-Zor", "Syria", "SY", "Syrian"}, {"Basra", "Iraq", "IQ", "Iraqi"},
}

// donors are states that send aid or troops.
var donors = []struct{ Name, ISO, Demonym string }{
	{"Turkey", "TR", "Turkish"}, {"Qatar", "QA", "Qatari"}, {"the United States", "US", "American"},
	{"Russia", "RU", "Russian"}, {"China", "CN", "Chinese"}, {"France", "FR", "French"},
	{"Germany", "DE", "German"}, {"Japan", "JP", "Japanese"}, {"India", "IN", "Indian"},
	{"Saudi Arabia", "SA", "Saudi"}, {"the United Arab Emirates", "AE", "Emirati"}, {"Egypt", "EG", "Egyptian"},
	{"Kenya", "KE", "Kenyan"}, {"Rwanda", "RW", "Rwandan"}, {"Iran", "IR", "Iranian"}, {"Brazil", "BR", "Brazilian"},
	{"Canada", "CA", "Canadian"}, {"Norway", "NO", "Norwegian"}, {"Italy", "IT", "Italian"}, {"Spain", "ES", "Spanish"},
}

// Armed group names are put together from parts so that each run meets
// names it has not seen.
var groupAdj = []string{"National", "Popular", "Revolutionary", "United", "Free", "Patriotic", "Democratic", "Islamic", "Northern", "Southern"}
var groupNoun = []string{"Liberation Front", "Resistance Movement", "Defence Forces", "Salvation Army", "Brigades", "Alliance", "Liberation Army", "Guard"}

var firstNames = []string{"Ahmed", "Maria", "John", "Fatima", "Ivan", "Amina", "Carlos", "Li", "Omar", "Sarah", "Yusuf", "Elena",
	"Kwame", "Aisha", "Dmitri", "Nadia", "Hassan", "Grace", "Pedro", "Leila", "Samuel", "Mariam", "Tariq", "Olga"}
var lastNames = []string{"Hassan", "Okafor", "Petrov", "Rahimi", "Mensah", "Haddad", "Kovalenko", "Garcia", "Nasser", "Abdi",
	"Tesfaye", "Ibrahim", "Karimi", "Diallo", "Moreno", "Yilmaz", "Mwangi", "Sokolov", "Chen", "Aziz", "Traore", "Bakr"}
var roles = []string{"the governor of the province", "the regional health director", "a local council member",
	"the provincial police chief", "a spokesman for the regional administration", "the head of the district hospital"}

var unnamedSources = []string{"local officials", "residents", "witnesses", "medical sources", "security sources",
	"a hospital official", "aid workers", "people living in the area", "a local official"}

var weekdays = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

// Report verbs used in attributions: said, reported, and kin.
var reportVerbs = []string{"reported", "said", "wrote", "reported", "said"}
var denyVerbs = []string{"denied", "rejected claims", "dismissed reports"}

// Background sentences, general enough to appear in any report; they carry
// claims but are not scored.
var background = []string{
	"The area has seen heavy fighting in recent months.",
	"The United Nations has called on all sides to protect civilians.",
	"Aid agencies have warned of shortages of food and medicine.",
	"Thousands of families have fled the region since the start of the year.",
	"Independent verification of the reports was not immediately possible.",
	"Communications in the region have been cut for several days.",
	"The government has not commented on the reports.",
	"Several neighbouring states have urged restraint.",
}
