import Foundation

/// Common given names in England, Wales, Scotland and Northern Ireland: pupils' (the most
/// popular names of the last twenty years of births, and those of families from Poland,
/// Romania, Lithuania, South Asia, West Africa and elsewhere) and their parents' and staff's
/// (earlier decades), accented ones also as written ("Zoë", "Siân", "Łukasz"). Used only to
/// tell a name in prose ("Olivia Hughes (Year 7)") from a school phrase shaped like one
/// ("Summer Term (Year 4)", "Mark Scheme Year 11"): a name missing here is missed, so the
/// list leans long; words that are more often something else in a school's documents are
/// left out (Summer, Mark, Will).
enum GivenNames {
    /// Given names that are more often words in a school's documents ("Summer Term", "Hope
    /// and Faith", Welsh's "Mae SNAP Cymru yn ..."), names only where the shape says so: before
    /// a form group ("Summer Walsh (11K)"). ("Lily-Mae" and the like are listed whole.)
    static let wordLike: Set<String> = ["summer", "hope", "faith", "autumn", "mae",
                                        // Virtue names, as many Nigerian and Ghanaian families give them
                                        // ("Patience Ogunleye (Y9, 9SW)", "Blessing Okoro").
                                        "patience", "blessing", "favour", "mercy", "comfort", "joy", "peace", "gift",
                                        "honour", "liberty", "unity", "harmony", "trinity",
                                        // Nature's words ("River in 5B disclosed ...", "Sunny Hale in 8T", rounds
                                        // 2379 and 2382).
                                        "river", "sunny", "brook", "sky", "storm", "rain",
                                        // ("Bracken has type 1 diabetes and wears an insulin pump", round 2814's nurture notes.)
                                        "bracken",
                                        // A city's ("Paris in 8KL has a seizure plan now", round 2437's).
                                        "paris",
                                        // ("Sterling from 13P has asked for his quote to be left out", round 2682's minutes.)
                                        "sterling",
                                        // ("Justice 13G - child in need plan still open", round 2885's reference notes.)
                                        "justice",
                                        // ("Star in 4B was very tearful again ... she's been self-harming", round 2895's notebook.)
                                        "star",
                                        // ("Spoke to Dale Hutchinson about the bruising on his neck", round 2909's form tutor log.)
                                        "dale",
                                        // A city's, as Paris ("Lincoln Abara in 13E ... fresh cuts on both forearms", round 2919's).
                                        "lincoln",
                                        // A herb's ("Sorrel was building the hedgehog house ... said that her mum's new
                                        // boyfriend", round 2935's forest school reflections).
                                        "sorrel",
                                        // ("Meadow had an absence in her seat, about 40 seconds", round 2951's taxi run log.)
                                        "meadow",
                                        // ("Went out to see Sage after the third week of lateness", round 2983's home visit.)
                                        "sage",
                                        // ("Indigo in 10SH was very tearful again ... \"not eating since Christmas\"", round 2998's.)
                                        "indigo"]

    /// `wordLike` as rules name them (`{word_like_names}`: "Summer in Year 2", "Hope sits next to
    /// me"): not "mae" (Welsh's "is": "Mae Aiyana Thomas (Bl.11) yn dechrau"), "gift" or "unity"
    /// (a present's, an assembly's theme).
    static let wordLikeNames = wordLike.subtracting(["mae", "gift", "unity"])

    /// `wordLike` and "Sunday", a given name in Nigerian and Ghanaian families that is more often
    /// the day: a name only before a double-barrelled surname ("Sunday Adebayo-Lewis", round
    /// 2591's nativity notes).
    static let wordLikeOrSunday = wordLike.union(["sunday"])

    /// `listed`, and the Irish names as their initial mutation writes them after "máthair"
    /// (mother of), "a" (calling someone) or "ar" (on): lenited, an "h" after the first letter
    /// ("Ghlaoigh máthair Shaoirse Ní Bhriain", round 1470's Irish-medium note; Scottish
    /// Gaelic's "a Mhàiri").
    /// (And the lenitable names themselves, some with their accents that `listed` lacks: "dai
    /// (Dáithí Mac Giolla) lives w/ mum Róisín", round 2553's home visit note.)
    static let common: Set<String> = listed.union(lenited).union(lenitable)

    /// Irish and Scottish Gaelic names whose lenited forms `common` holds (the consonants that
    /// lenite: b, c, d, f, g, m, p, s before a vowel or l, n, r, and t).
    static let lenitable = ["saoirse", "siobhán", "siobhan", "sorcha", "síle", "sinéad", "sinead", "seán", "séamus", "máire",
                            "mairéad", "méabh", "caoimhe", "ciara", "ciarán", "clodagh", "bríd", "gráinne", "fionnuala",
                            "dearbhla", "dónall", "pádraig", "padraig", "tomás", "muireann", "deirdre", "bláthnaid",
                            "caitríona", "colm", "cathal", "dáithí", "sadhbh", "sláine", "cillian", "mairi", "màiri",
                            "seumas", "peigi", "seonag", "ciorstaidh", "domhnall", "murchadh", "fionnlagh"]

    static let lenited: Set<String> = Set(lenitable.compactMap { name -> String? in
        guard let first = name.first, "bcdfgmpst".contains(first) else { return nil }
        let second = name.dropFirst().first ?? "h"
        // (An "s" lenites before a vowel, l, n or r only: not "sc", "sp", "st", "sm".)
        if first == "s", !"aeiouáéíóúàèìòùlnr".contains(second) { return nil }
        return second == "h" ? nil : String(first) + "h" + name.dropFirst()
    })

    static let listed: Set<String> = [
        // Girls
        "olivia", "amelia", "isla", "ava", "emily", "sophia", "sophie", "grace", "mia", "poppy", "ella", "lily",
        "evie", "isabella", "isabelle", "ivy", "freya", "harper", "willow", "charlotte", "jessica", "rosie",
        "daisy", "alice", "florence", "sienna", "phoebe", "millie", "matilda", "evelyn", "elsie", "ruby",
        "chloe", "lucy", "scarlett", "erin", "imogen", "layla", "leila", "maya", "amber", "eva", "hannah",
        "megan", "lola", "zara", "aria", "luna", "bella", "esme", "maisie", "thea", "harriet", "emma",
        "lauren", "katie", "ellie", "abigail", "molly", "eleanor", "georgia", "niamh", "caitlin", "leah",
        "bethany", "amy", "rebecca", "rachel", "laura", "sarah", "jade", "paige", "lydia", "eliza", "robyn",
        "anna", "madison", "aisha", "fatima", "maryam", "zainab", "hafsa", "amina", "khadija", "hana",
        "noor", "inaya", "anaya", "aaliyah", "zoe", "naomi", "nancy", "violet", "hallie", "mila",
        "beatrice", "martha", "edith", "mabel", "iris", "clara", "jasmine", "gracie", "darcie", "darcey",
        "lexi", "lacey", "tilly", "elizabeth", "victoria", "alexandra", "natasha", "kayla", "courtney",
        "chelsea", "shannon", "kirsty", "gemma", "natalie", "nicole", "stacey", "samantha", "kelly",
        "claire", "helen", "karen", "susan", "julie", "lisa", "michelle", "joanne", "nicola", "donna",
        "angela", "tracey", "louise", "catherine", "katherine", "kathryn", "jennifer", "amanda",
        "deborah", "sharon", "alison", "zofia", "maja", "amara", "aleksandra", "julia", "hanna", "zuzanna",
        "priya", "anika", "riya", "simran", "aanya", "ayesha", "safa", "sara", "mariam", "eman", "iqra",
        "mollie", "ellie-mae", "lilly", "lily-rose", "ava-rose", "olivia-mae", "lily-mae", "evie-mae",
        "millie-mae", "lacey-mae", "darcie-mae", "poppy-mae", "ruby-mae", "lexi-mae", "tia-mae", "gracie-mae",
        "maisie-mae", "ava-mae", "lola-mae", "marie", "lee", "amelia-rose", "mia-rose", "olivia-rose", "ellie-may", "lily-may", "elise", "emilia", "georgie", "heidi",
        "jessie", "keira", "libby", "lottie", "maddison", "nevaeh", "orla", "penelope", "rose", "savannah",
        "serena", "stella", "tia", "valentina", "zahra", "kate", "jane", "mary", "margaret", "patricia",
        "linda", "barbara", "ann", "anne", "janet", "carol", "ruth", "sandra", "wendy", "jacqueline",
        "elaine", "dawn", "caroline", "rachael", "hayley", "kerry", "leanne", "charlene", "siobhan",
        "bronwen", "carys", "ffion", "seren", "cerys", "eilidh", "isla-rose", "tegan", "megan-rose",
        // French and other European names as written (round 2461's "Hélène Dubois-Achterberg").
        "hélène", "helene", "héloïse", "heloise", "élodie", "inès", "maëlle", "céline", "celine", "aurélie", "aurelie",
        "margaux", "cécile", "agnès", "béatrice", "maría", "sofía",
        // Hungarian, girls' and boys' (round 2467's "Dóra Kovács-Whitfield").
        "dóra", "dora", "zsófia", "réka", "katalin", "ágnes", "máté", "dávid", "levente", "ádám", "gergő", "balázs",
        "zoltán", "lászló", "istván", "péter", "gábor",
        // (And "Márta Kovács-Dunne won't be in until at least the 19th", round 2611's e-mail.)
        "márta", "erzsébet", "anikó", "zsuzsanna", "bálint", "dániel", "noémi", "boglárka", "éva",
        // Welsh, girls and boys (a Welsh-medium school's registers)
        "eleri", "alaw", "ceri", "nia", "rhian", "nerys", "mali", "elen", "gwenno", "mared", "awen", "lili", "elliw",
        "begw", "nanw", "sioned", "lleucu", "glesni", "myfanwy", "olwen", "rhiannon", "siwan", "teleri", "anwen",
        "guto", "elis", "hedd", "aron", "dewi", "emrys", "iolo", "steffan", "tudur", "gwilym", "ifan", "iestyn",
        "harri", "gruffudd", "llew", "caio", "jac", "carwyn", "geraint", "meilyr", "trystan",
        // Scottish Gaelic and Irish (Gaelic-medium and Irish-medium classes)
        "ciorstaidh", "seumas", "mairi", "iain", "ealasaid", "peigi", "raonaid", "domhnall", "eachann", "seonag",
        "fionnlagh", "murchadh", "diarmuid", "dearbhla", "siofra", "cathal", "eimear",
        // Boys
        "jérôme", "françois", "francois", "mathéo", "andrés", "étienne", "søren",
        "oliver", "george", "noah", "noel", "arthur", "harry", "leo", "muhammad", "mohammed", "mohammad", "mo",
        "mohamed", "jack", "charlie", "oscar", "jacob", "henry", "thomas", "freddie", "alfie", "theo",
        "william", "theodore", "archie", "joshua", "alexander", "james", "isaac", "edward", "lucas",
        "tommy", "finley", "logan", "ethan", "mason", "teddy", "reggie", "albie", "arlo", "rory", "jude",
        "hugo", "louie", "elijah", "frederick", "samuel", "daniel", "benjamin", "joseph", "sebastian",
        "adam", "harrison", "dylan", "riley", "toby", "jenson", "jensen", "jayden", "tyler", "kai", "jamie",
        "callum", "connor", "conor", "liam", "lewis", "kieran", "ryan", "aaron", "ben", "luke", "matthew",
        "michael", "david", "christopher", "andrew", "paul", "richard", "robert", "stephen", "steven",
        "john", "peter", "simon", "gary", "craig", "darren", "wayne", "dean", "jason", "scott", "nathan",
        "jordan", "bradley", "kyle", "reece", "ellis", "owen", "caleb", "zachary", "gabriel", "elliot",
        "elliott", "jake", "luca", "ronnie", "stanley", "bobby", "sonny", "frankie", "louis", "felix",
        "jasper", "ezra", "ibrahim", "yusuf", "omar", "ali", "ahmed", "hamza", "ayaan", "zayn", "rayan",
        "aarav", "arjun", "kacper", "jakub", "filip", "szymon", "dominic", "patrick", "sean", "cian",
        "rhys", "dafydd", "ieuan", "euan", "cameron", "fraser", "angus", "alistair", "hamish", "kian",
        "billy", "jimmy", "harley", "ollie", "oli", "sam", "joe", "tom", "alex", "dan", "josh", "harvey", "jay",
        "musa", "idris", "ismail", "kofi", "kwame", "chidi", "tobi", "femi", "emmanuel", "david-john",
        "aidan", "aiden", "brandon", "charles", "christian", "cole", "dexter", "eddie", "ellis-james",
        "ewan", "finn", "harris", "ivan", "jaxon", "jonathan", "kayden", "leon", "marcus", "mateo",
        "miles", "nathaniel", "nico", "oakley", "ralph", "rowan", "rufus", "sid", "spencer", "tristan",
        "vincent", "zac", "zack", "anthony", "kevin", "brian", "ian", "neil", "martin", "colin", "graham",
        "keith", "nigel", "philip", "trevor", "barry", "kenneth", "derek", "alan", "tony", "carl", "shaun",
        "stuart", "gareth", "gavin", "adrian", "russell", "jonathon", "marc", "mark", "mohsin", "imran", "tariq",
        // Gaelic, with its genitive as a note writes it ("Dh'fhòn màthair Seònaig", round 968's).
        "seònag", "seònaig", "seonaig", "aonghas",
        // Staff's and parents' names of Indian families ("From: Sandeep Patel", round 992's).
        "sandeep", "manoj", "ashok", "pradeep", "rakesh", "naveen",
        // Welsh short names ("Dai rang at 7.20, he's off again today", round 1002's).
        "dai",
        "bilal", "usman", "zain", "amir", "aryan", "rohan", "dev", "nikhil", "oskar", "mikolaj", "antoni",
        // Names of families from Poland, Romania, Lithuania and elsewhere, common in UK classrooms
        "tomasz", "piotr", "pawel", "michal", "krzysztof", "wojciech", "bartosz", "mateusz", "wiktoria",
        "oliwia", "natalia", "lena", "alicja", "maria", "gabriela", "adriana", "ioana", "andrei", "alexandru",
        "matei", "mihai", "darius", "ana", "sofia", "yasmin", "sana", "hiba", "laiba", "muhammed",
        "abdullah", "hassan", "hussain", "mustafa", "ayan", "rehan", "arham", "lukas", "emilija", "gabija",
        // More of the last ten years' top 100 in England and Wales
        "abel", "ada", "alba", "albert", "amaya", "arabella", "aurora", "ayla", "beau", "bonnie", "brody",
        "carter", "daphne", "delilah", "eden", "edie", "elodie", "eloise", "esther", "grayson", "hazel",
        "hollie", "holly", "hudson", "hunter", "isabel", "kiara", "lexie", "liliana", "lucia",
        "lyla", "maeve", "maisy", "margot", "marnie", "max", "milo", "nova", "ophelia", "otis",
        "ottilie", "primrose", "ralphie", "reuben", "rosa", "rupert", "sadie", "ted", "winnie", "wren",
        // (Round 2429's escort, round 2427's teacher, a minibus list's boy, a reading note's girl.)
        "marguerite", "dervla", "rafferty", "zosia", "tobiasz",
        // Ireland's, Wales's and Scotland's (Northern Ireland's and Welsh schools' registers;
        // not Skye, Iona, Mali or Noel, which a geography or a carol service names)
        "saoirse", "aoife", "caoimhe", "ciara", "ciaran", "seamus", "eoin", "oisin", "darragh", "cillian",
        "fionn", "tadhg", "roisin", "sinead", "aisling", "clodagh", "grainne", "niall", "cormac", "padraig",
        "fionnuala", "oonagh", "muireann", "aoibheann", "ailbhe", "caoimhin", "donal", "orlagh", "cliodhna", "fiachra",
        "declan", "colm", "ronan", "shauna", "aoibhinn", "rhodri", "gethin", "iwan", "osian", "ioan", "tomos",
        "greig", "alastair", "donald", "dougie", "seonaid", "elspeth", "alun", "betsan", "eifion", "einir", "eirlys",
        "gwenda", "gwyn", "hywel", "llŷr", "llyr", "meinir", "mererid", "twm",
        // Red-team rounds 204-213's: short forms and names of schools' families.
        "bev", "mick", "nusaybah", "ruqayyah", "ruqaiya",
        // Staff's given names as colleagues write them ("Return to work chat - Jo Holloway", round 1107's).
        "jo", "sue", "kath", "viv", "jacqui", "steph", "jen", "gill", "jules", "mel", "vikki", "trish", "tricia", "bernie",
        "maggie", "meg", "rob", "jim", "ken", "rick", "bob",
        // (A reading volunteer's, "Pat Brennan popped in ... diagnosed with early-stage Parkinson's",
        // round 1208's; "Lyn". Not "Val": a ski trip's "Val Thorens".)
        "pat", "lyn",
        // Staff's short forms in a manager's notes ("Kev T (site manager) rang in", round 884's).
        "kev", "pete", "debs", "cath", "trev", "tash", "stu", "gaz",
        // (Siobhán's short form: "Shiv Ní Bhriain" over "8M", a one-page profile's, round 2930's.)
        "shiv",
        "elin", "lowri", "cadi", "efa", "gwen", "alys", "manon", "sion", "gruffydd", "owain", "huw", "aled",
        "emyr", "catrin", "delyth", "bethan", "heledd", "angharad", "llinos", "ruaridh", "ruairidh", "mhairi",
        "finlay", "innes", "murdo", "morag", "ishbel", "catriona", "ailsa", "kenzie", "lachlan", "struan", "calum",
        "fergus", "alasdair", "gregor", "aleksander", "marta", "agnieszka", "magdalena", "katarzyna", "joanna",
        "vihaan", "krish", "ishaan", "reyansh", "eesa", "sumaya", "hira", "alishba", "amira", "esha",
        // (Round 1295's supply note: "Aleena in my class has epilepsy".)
        "aleena", "aleenah", "aleeza", "aleesha", "alesha", "alayna", "amna", "lorcan",
        "chiamaka", "temi", "seun", "kemi", "ebuka", "obinna", "nnamdi", "adaeze", "keegan", "corey",
        // (French and Slavic given names: "Précieuse Mbemba-Kouassi in Hawthorn", "Bogdana Petrović-Hale from the kitchen
        // team won't be in", round 2999's newsletter and e-mail.)
        "précieuse", "precieuse", "bogdana",
        // (Igbo given names: "Ezinne Adebayo-Kerr may no longer be collected by her father's partner", round 2975's newsletter.)
        "ezinne", "oluchi", "zikora",
        "jose", "tomas", "andre", "rene", "renee", "ines", "joao", "goncalo", "anais", "lukasz", "aimee",
        "gwenllian", "deio", "elan", "macsen", "ianto", "cai", "mabli", "nel", "gwion", "tirion", "amelie",
        "bjorn", "lucja", "brid", "deirdre", "eabha", "sorcha", "orlaith",
        // Parents' names from Poland, Romania, Lithuania and further east (Tudor and Vlad are history's)
        "marek", "andrzej", "grzegorz", "dariusz", "marcin", "mariusz", "artur", "kamil", "dawid", "rafal", "jacek",
        "zbigniew", "ewa", "beata", "dorota", "iwona", "jolanta", "justyna", "monika", "renata", "sylwia", "urszula",
        "elzbieta", "bozena", "grazyna", "halina", "krystyna", "agata", "patrycja", "weronika", "wiktor", "nikola",
        "klaudia", "paulina", "karolina", "ionut", "stefan", "elena", "andreea", "bianca", "cristian", "florin",
        "matas", "jonas", "povilas", "ugne", "austeja", "kornelia", "nikolai", "dmitri", "olga", "irina", "oksana",
        "yana", "viktor",
        // West and Southern African families' (Nigeria, Ghana, Zimbabwe)
        "tendai", "olumide", "thandiwe", "yetunde", "kehinde", "taiwo", "kwabena", "akua", "emeka",
        "ngozi", "ifeoma", "chinedu", "chioma", "oluwaseun", "oluwatobi", "folake", "funmilayo", "bukola", "nkechi",
        "tunde", "segun", "tatenda", "rutendo", "farai", "nyasha", "chipo", "jodie",
        // Turkish, Kurdish, Vietnamese and Chinese families' (not "Elif", Python's "elif"; nor
        // "Lan", a network; nor "Jun" and "Mai", months; nor three-letter ones, "Anh", "Mei",
        // "Wei": ten short literals cost every scan of clean text 3.5%)
        // Staff's and parents' generation, born in the 1950s to the 1980s, missed before (not "Kim": a short literal)
        "fiona", "yvonne", "lorraine", "tracy", "debbie", "gillian", "pauline", "beverley", "denise", "lynn", "lynne", "jayne",
        "maxine", "clare", "lindsey", "lindsay", "andrea", "jill", "janice", "brenda", "maureen", "christine", "valerie",
        "yvette", "paula", "vicky", "tina", "shirley", "teresa", "theresa", "diane", "sheila", "eileen", "irene", "jean",
        "joan", "sally", "tanya", "sonia", "lesley", "mandy", "jenny", "stewart", "malcolm", "clive", "phillip", "roger",
        "geoffrey", "allan", "dennis", "terry", "raymond", "gordon", "duncan", "glenn", "karl", "shane",
        // Popular in the 2000s and 2010s and missed before (not "Zak": a short literal)
        "bailey", "hayden", "ayden", "ruben", "casey", "cody", "darcy", "imani", "keeley", "kelsey", "macie",
        "sasha", "rhianna", "ashton", "kacie", "esmae", "peyton", "morven", "ruairi", "zach", "travis",
        "mehmet", "ahmet", "emre", "zeynep", "kerem", "deniz", "huseyin", "ayse", "burak", "berat", "rojin",
        "minh", "linh", "khanh", "trang", "thanh", "quang", "tuan", "ngoc", "phuong", "thao", "jing", "kezia",
        "mai", "huong", "anh", "hieu", "duc", "bao", "godwin", "kayode", "hauwa", "halima", "kim",
        // Scottish Gaelic (round 809's Gaelic-medium class).
        "iseabail", "ailig", "oighrig", "sìle", "ùna",
        // Written with their accents (a literal trigger each; `contains` also reads "Chloë" as "chloe")
        "zoë", "zoé", "chloé", "chloë", "siân", "siôn", "renée", "aimée", "josé", "łukasz", "léa", "anaïs",
        "inês", "joão", "gonçalo", "tomás", "andré", "rené", "seán", "séamus", "róisín", "sinéad", "ciarán",
        // (Welsh names, round 1356's "Nansi Tudur (Grŵp y Gwenyn, ...) wedi cael diagnosis o epilepsi".)
        "nansi", "llio", "mirain", "emlyn", "cari",
        // (Irish-medium schools' names with their fadas, round 1333's "Síofra Ní Bhriain".)
        "síofra", "aoibhe", "fiadh", "ríona", "riona", "sadhbh", "méabh", "meabh", "bláthnaid", "blathnaid", "órlaith",
        "clíodhna", "déaglán", "deaglan", "ruairí", "senan", "fionnán", "odhrán", "odhran", "dónal",
        "rónán", "pádraig", "gráinne", "graínne", "ebele", "ijeoma", "obiageli", "michał", "paweł", "mikołaj", "małgorzata", "maël", "noémie", "amélie", "delphine", "tobiah",
        "björn", "łucja", "siobhán", "bríd", "oisín", "éabha", "rafał", "elżbieta", "bożena", "grażyna", "ionuț", "ugnė",
        // Scottish Gaelic spellings, with their accents (a Gaelic-medium class list, round 749's).
        "catrìona", "màiri", "mòrag", "seònaid", "sìne", "dòmhnall", "eòghann", "eòin", "tormod", "coinneach", "uisdean",
        "somhairle", "anndra",
        // Spellings and names a library log's pupils have (round 761's).
        "tayla", "taylah", "deklan", "thiago", "eloïse", "ebony",
        // Irish names a Northern Ireland school's lists hold (round 759's).
        "conall", "rían", "rian", "tiarnán", "tiarnan", "aodhán", "aodhan", "eoghan",
        "austėja", "hüseyin", "ayşe", "lucía", "álvaro", "théo",
        // International boarders' and families' names, as UK records spell them: Chinese (two
        // syllables as pinyin writes a given name, not "Ming" or "Yang": a dynasty, yin and
        // yang), Nigerian, Kazakh, Gulf Arabic, Russian; and a few common ones missed before.
        "zihan", "yuxuan", "yichen", "haoran", "zixuan", "yuting", "jiayi", "xinyi", "siyu", "ruoxi", "yutong", "junjie",
        "jiahao", "zhiyuan", "haoyu", "yifan", "mingyu", "xiaoyu", "zhiwei", "hao", "xiaoming", "yiming", "xiaohui", "xiaolei",
        "temitope", "chidera", "ifeoluwa", "babatunde", "tolu", "tobiloba", "damilola", "ayomide", "adebayo", "adeola",
        "kelechi", "ifeanyi", "uchenna", "aigerim", "madina", "aruzhan", "dinara", "hessa", "khalid", "abdulrahman",
        "saeed", "hamad", "mansour", "faisal", "rashid", "nasser", "majid", "abdulla", "noura", "latifa", "maksim",
        "maxim", "nikita", "polina", "darya", "daria", "yuri", "dmitry", "sergei", "sergey", "alexei", "alexey",
        "anastasia", "ekaterina", "svetlana", "tatiana", "igor", "vladimir", "mikhail", "artem", "artyom", "kirill",
        "egor", "mathis", "clement", "camille", "eric", "bogdan", "zak", "denisa", "rahul", "ananya", "diya", "saanvi", "kavya",
        "aneta", "danielle", "farzana", "bodhi", "kobe", "nellie", "remi", "carly", "joel", "brodie", "skye",
        // Somali, Eritrean and Ethiopian, Ghanaian, South African, Bangladeshi, Scandinavian and
        // Caribbean families' names, missed before (not "Ayo", "Yaw", "Esi": short literals; nor
        // "Precious", "Blessing", "Favour": words).
        "hodan", "hibaq", "hamda", "fartun", "sagal", "sahra", "ubah", "idil", "nimco", "abdirahman", "abdullahi",
        "mahad", "liban", "senait", "yonas", "dawit", "meron", "selam", "kidus", "funmi", "olamide", "tomi",
        "akosua", "kojo", "abena", "thabo", "sipho", "lerato", "amahle", "rayyan", "zayan", "mehreen", "tahmina",
        "nusrat", "rumana", "sumaiya", "tasnim", "raul", "tove", "astrid", "freja", "sven", "lars", "nils", "ingrid",
        "sigrid", "tobias", "lina", "rania", "tahmid", "beatriz", "mihaela", "isabela", "bartek", "kuba", "kasia",
        "gosia", "tomek", "wojtek", "franek",
        // Parents' generation, missed before (not "Glen" or "Troy": places; nor "Mark", "Grant", "Robin": words).
        "lorna", "nicky", "shelley", "toni", "colette", "kirsteen", "graeme", "kris",
        // Swedish, Norwegian and Danish (not "Saga", a word; nor "Elsa", a film's).
        "sanna", "linnea", "erik", "anders", "henrik", "magnus", "leif", "solveig", "ebba", "alva", "kerstin", "malin",
        "jaden", "deshawn", "keisha", "shanice", "tyrone", "leroy", "jermaine", "tianna", "shakira",
        // Romanian names as written, with their comma and breve letters ("Ștefan Kaur (Eagles)").
        "ștefan", "ștefania", "cătălin", "cătălina", "ionuț", "răzvan", "mădălina",
        // (And "Florica Dumitrescu-Lăcătuș in Year 3 is now under a child protection plan", round 2619's newsletter.)
        "florica", "ionela", "costel", "marian", "gheorghe", "petru", "madalina", "catalin",
        "kinga", "ewelina", "dominika", "edyta", "izabela", "kamila", "magda", "marzena", "wioletta", "damian",
        "jarosław", "janusz", "przemysław", "sławomir", "babatunde", "oluwadamilare", "temitayo", "adebola",
        "chisom", "somto", "ugochukwu", "tochukwu",
        // French names ("Thibault Achterberg-Nwosu is currently staying with his aunt ... following the
        // police involvement", round 2682's sixth form bulletin).
        "thibault", "thibaut", "baptiste", "etienne", "benoît", "benoit", "aurélien", "florian", "guillaume", "clément",
        "océane", "solène", "léo", "noé", "timothée", "gaspard", "capucine", "apolline", "bastien", "romain", "quentin",
        "sébastien", "amandine", "juliette", "maxime", "antoine",
        // (One three-letter name after all: "Mei Chen (10P)", "Mei Kowalski" were missed in two rounds.)
        "mei",
        // Rounds 351-359's: Cornish families' and staff's names, missed ("Lowenna Tregenza", "Sabina Aldridge-Khan").
        "sabina", "sabrina", "lowenna", "kerenza", "morwenna", "jowan", "petra", "simone", "glenys", "ricky",
        // More of the names of the last sixty years' births in England and Wales, and Pakistani,
        // Indian, Somali, West African and Balkan families' (not "April", "June", "India",
        // "Milan", "Robin", "Guy", "Frank", "Joy": months, places, words).
        "aamir", "aarush", "abdiaziz", "abdikarim", "abdirahim", "abdoulaye", "adele", "adil", "aditya", "advait",
        "agnes", "ahsan", "alicia", "amaan", "amadou", "aminata", "anastasija", "anita", "annabel", "antonia",
        "arnav", "arya", "ashley", "asma", "avni", "azhar", "becky", "belinda", "beth", "betty", "binta", "brendan",
        "bridget", "bruce", "bryony", "bushra", "calvin", "carla", "carrie", "cassie", "cecilia", "celia", "cheryl",
        "chris", "christina", "cindy", "claudia", "cynthia", "darja", "dave", "diana", "doris", "dorothy", "dragan",
        "dusan", "ellen", "eugene", "faizan", "farah", "fatimah", "fatou", "fawad", "faye", "felicity", "frances",
        "francesca", "gabrielle", "geoff", "georgina", "gerald", "gloria", "goran", "gregory", "hafsah", "haleema",
        "hamid", "haroon", "hasnain", "hugh", "humaira", "ibrahima", "ikram", "ilyas", "iman", "imtiaz", "inayat",
        "ishani", "ishaq", "jannat", "jawad", "jelena", "jemma", "jenna", "johnny", "josephine", "joyce", "judy",
        "julian", "kabir", "kadiatou", "kashif", "katarina", "khurram", "khushi", "kimberley", "laksh", "maha",
        "mahi", "maira", "maleeha", "mamadou", "mariama", "mehwish", "milena", "momina", "moussa", "mubashir",
        "mudassar", "nabila", "nadeem", "naeem", "naila", "natasa", "navya", "nicholas", "nimra", "nouman", "oumou",
        "ousmane", "pari", "phyllis", "prisha", "qasim", "rabia", "rafiq", "raheem", "rameez", "rehman", "rida",
        "rudra", "rukhsana", "saad", "saba", "sadia", "saima", "sajjad", "samina", "shabana", "shahzad", "shakeel",
        "shanaya", "shaurya", "shazia", "sidra", "sneha", "snezana", "sobia", "sumaira", "tahir", "tahira", "talha",
        // (Round 669-672's: Arabic, South Asian, West and Southern African, Polish, Romanian,
        // Lithuanian, Gaelic and Welsh names the list lacked.)
        "taha", "aayan", "arhan", "neel", "nihal", "ziyad", "zakir", "abdirizak", "mahmoud", "fahad", "basit",
        "ehsan", "essa", "hasan", "kamran", "luqman", "mikail", "mikael", "nabeel", "noman", "rahim", "sohail",
        "suleman", "sulaiman", "tayyab", "wasim", "yaseen", "zaheer", "aishah", "ameera", "aliyah", "hania", "inaaya",
        "ayra", "eshal", "habiba", "haniya", "khadijah", "mahnoor", "maliha", "manahil", "marium", "rahma",
        "sumayyah", "sundus", "umaima", "warda", "oluwafemi", "adaora", "seyi", "titilayo", "oreoluwa", "eniola",
        "kwaku", "yaw", "afua", "tafadzwa", "franciszek", "razvan", "teodora", "deividas", "dominykas", "kamile",
        "fatuma", "gulsen", "gülsen", "sameer",
        "ruaraidh", "eira",
        "tamara", "tanja", "tanveer", "tiffany", "timothy", "trisha", "usama", "uzma", "vanya", "vesna", "vivaan",
        "waleed", "waseem", "yasir", "younis", "zafar", "zahida", "zeeshan", "zoran", "zubair", "zunaira",
        // Names red-team rounds 69-72 missed ("Nadia Oduya 11A", "Tamsin D'Souza (DOB", "Anjali
        // Brooks didn't turn up") and others as common in schools' families and staff: South
        // Asian, Punjabi, Nigerian, Ghanaian, Polish, Romanian, Lithuanian, Turkish, Irish, Caribbean
        // and English ones. (Not "Angel", "Destiny", "River", "Sky", "Olive", "Penny", "Eve",
        // "Trinity", "Raj", "Norman", "Tuba": words and phrases; nor two-letter Chinese given names,
        // short literals.)
        "abbie", "abby", "abdi", "abdul", "abubakar", "adanna", "adeel", "ademola", "adewale", "aditi", "adnan",
        // Afghan and Arabic names of new arrivals' families ("daoud rahimi yr8 8F arrived via hotel accom", round 2831's).
        "daoud", "dawood", "dawud", "najib", "habib", "mahmood", "zarmina", "nasrin", "parwana",
        // ("Dominique Lefèvre-Osei ... on sertraline for depression", "Clifford Bunting in Year 3", rounds 2862 and 2864.)
        "dominique", "clifford",
        "advik", "afolabi", "ahmad", "akash", "akshay", "alana", "alesha", "alexis", "alina", "alisha", "alyssa",
        "amaka", "amarjit", "amjad", "amrit", "anand", "andy", "anjali", "annabelle", "annie", "anwar", "arda",
        "armaan", "arnas", "arun", "asad", "ashleigh", "ashraf", "ayodele", "babajide", "baljit", "barney", "bayo",
        "brooke", "caitlyn", "callie", "carole", "catalina", "chantelle", "charley", "chidinma", "chinonso",
        "chukwuemeka", "colleen", "connie", "cristina", "daniela", "daniyal", "danny", "danyal", "deepa", "deepak",
        "delroy", "hyacinth", "dhruv", "divya", "doreen", "douglas", "dovydas", "ebere", "ekene", "eliana", "ella-rose",
        "emilie", "emmy", "esra", "evan", "farhan", "farid", "farrah", "fatma", "gabriella", "gail", "gaurav",
        "gbenga", "genevieve", "gina", "gurdeep", "gurpreet", "hailey", "haris", "harish", "harjit", "harpreet",
        "harun", "heather", "hilary", "howard", "ieva", "ikenna", "irfan", "isha", "isobel", "jackie", "jada",
        "jamal", "janae", "jasmin", "jaspreet", "jasvir", "jaya", "jeremy", "jesse", "jide", "jon", "jonah",
        "judith", "jumoke", "junaid", "kacey", "kamal", "karan", "kareem", "karim", "kathleen", "kathy", "katy",
        "kayleigh", "kemar", "kerry-ann", "kiana", "kiera", "kotryna", "kuldip", "kunal", "kunle", "lakshmi",
        "lanre", "larisa", "latoya", "lawrence", "lila", "lilah", "liz", "loredana", "lucinda", "lyndsey", "maciej",
        "maddie", "madeleine", "madeline", "mairead", "makayla", "malachi", "malgorzata", "malik",
        "manish", "manpreet", "mariana", "marianne", "marion", "matt", "mckenzie", "meera", "melanie", "melissa",
        "merve", "mike", "miriam", "murray", "myra", "nabil", "nadia", "nadine", "naresh", "nasir", "navdeep",
        "naveed", "neha", "nick", "nicolae", "nikki", "nina", "nneka", "nora", "norah", "noreen", "omer", "osman",
        // (Round 2133's "Marcella Pereira-Quinn", known as Marcy.)
        "marcella", "marcy",
        // (Round 2099's staff briefing, "\"Dee\" (Deepika) in 7H", and Punjabi and Gujarati names beside it.)
        "deepika", "bhavna", "chetan", "gita", "geeta", "ritu", "ishita", "nisha", "siddharth", "preeti", "shilpa", "vandana", "rupinder", "sukhjinder", "tejinder", "hardeep", "gagandeep", "lovepreet", "ramandeep", "jagdeep", "daljit", "inderjit", "satnam", "charanjit", "devinder", "harvinder", "jatinder", "mohinder", "paramjit", "sarbjit", "surinder",
        "ozan", "pamela", "parminder", "phil", "philippa", "pippa", "pooja", "pranav", "priyanka", "radhika", "radu",
        "rajesh", "rajinder", "raluca", "ravi", "reanna", "rebekah", "rekha", "rhona", "rizwan", "rokas", "ronald",
        "rosalie", "rosalind", "rosanna", "roxana", "roxanne", "roy", "ruta", "sachin", "sajid", "salman", "samir",
        "sangeeta", "sanjay", "saskia", "selin", "selina", "seth", "shahid", "shakil", "shanelle", "shaniqua",
        "shoaib", "shona", "shreya", "sian", "sonya", "stephanie", "steve", "sufyan", "sukhdeep", "sunita", "suresh",
        "susanna", "suzanne", "swati", "sylvia", "tamsin", "tania", "tanisha", "tanvi", "tessa", "tia-lily", "tim",
        "tremaine", "trudy", "tyreece", "tyrell", "umar", "ursula", "vanessa", "varun", "veronica", "vicki",
        "vikram", "vivek", "vivian", "vlad", "wanda", "waqas", "warren", "yahya", "yasin", "yasmine", "yousef",
        "zaid", "zakariya", "zoey", "zoya", "zuzia",
        "hibo", "khadra", "parveen", "desmond", "wei", "xin", "mehak", "filsan", "ifrah", "deqa", "zamzam", "nasreen",
        "rubina", "perveen", "ruksana", "jaswinder", "kulwinder", "balvinder", "jasleen", "mandeep", "kamaljit",
        "cosmin", "sorin", "vasile", "dumitru", "ilinca", "efua",
        // Southern and East African families' (Zimbabwean, South African, Kenyan), Ghanaian day names.
        "nomvula", "themba", "lindiwe", "nomsa", "zanele", "bongani", "rudo", "kudzai", "tinashe", "nokuthula",
        "ayanda", "palesa", "thandeka", "mpho", "kagiso", "tumelo", "naledi", "busisiwe", "siyabonga", "sibusiso",
        "simphiwe", "lwazi", "mandla", "sizwe", "wanjiru", "wanjiku", "njeri", "achieng", "akinyi", "atieno",
        "amani", "baraka", "zawadi", "neema", "eshe", "jabari", "ama", "adwoa", "afia", "ifunanya", "farhiya",
        "deji", "bunmi", "sola", "yan", "fei", "qiang", "haruto", "yuki", "sora", "precious", "godswill",
        // Japanese, Portuguese and Vietnamese given names rounds 263-265 met ("NAKASHIMA Yumi", "Duarte Ferreira").
        "yumi", "kenji", "hiroshi", "sakura", "aiko", "haruka", "ren", "yuto", "emi", "kaito", "riku",
        "duarte", "tiago", "rui", "nuno", "leonor", "diogo", "rodrigo", "marco", "matteo", "giulia", "chiara", "alessandro", "lorenzo", "giovanni", "duc", "huong", "hieu", "kiran", "nafisa",
        "tyrese", "tyreke", "keanu", "dominik", "rafael", "safiya", "sumayah", "marwa", "hussein", "faduma", "fadumo",
        "asha", "ikran", "hamdi", "mohamud", "guled", "tobenna", "yemi", "dayo", "ayo", "bola", "ling", "ming", "jie",
        "lei", "hui", "qing", "ying", "xiao", "zhen", "tiernan", "nuala", "bronagh", "alexia", "raj", "anil", "sunil",
        "amit", "yara", "nour", "dina", "huda", "asif", "bisi", "funke", "sade", "tope", "wale", "uche", "chinwe", "ekow", "jerome",
        "ife", "hibaaq", "kwan",
        // Rounds 601-604's: a sixth former, a work placement's pupil, a parent, a payroll query's sender.
        "lucie", "kyra", "farida", "bartholomew", "debra", "marcia", "kerys",
        // Ukrainian families' names as UK records transliterate them (new arrivals since 2022),
        // and more Ethiopian and Eritrean ones: missed in an EAL register round.
        "olena", "maksym", "sofiia", "iryna", "oleksandr", "oleksandra", "taras", "nazar", "oleksii", "dmytro", "mykola", "bohdan", "yaroslav",
        "andrii", "viktoriia", "anastasiia", "yuliia", "daryna", "solomiia", "khrystyna", "kateryna", "mariia",
        "yeva", "zlata", "myroslava", "vladyslav", "danylo", "illia", "matvii", "yehor", "kyrylo", "denys",
        "halyna", "nataliia", "tetiana", "svitlana", "serhii", "volodymyr", "yurii", "ihor", "vasyl",
        "valeria", "veronika", "kseniia", "ksenia", "tigist", "hiwot", "bereket",
        // Edo and other Nigerian names, and a few more, missed in rounds 162-163.
        "osaru", "osas", "osagie", "efosa", "eghosa", "osaze", "deja", "dejah", "nosa",
        // Cornish, English and Arabic names missed in rounds 226-231 ("Hattie Bolitho", "Jago
        // Rowe", "Kitto Penhaligon (Year 8)"). (Not "Saffron": Saffron Walden, a town; nor "Eira",
        // Welsh for snow.)
        "hattie", "mina", "lyra", "aurelia", "jago", "teilo", "clemmie", "kitto", "ameerah", "demelza", "keziah",
        "ezekiel", "nell", "tallulah", "yusra", "tymon", "luka", "cara",
        // Governors' and grandparents' generation, missed in round 244 ("Bernard", "Imelda").
        // (Not "Rosemary": a cookery lesson's herb.)
        "bernard", "imelda", "shobana", "geraldine", "marjorie", "winston", "cyril", "mavis", "beryl", "gwyneth",
        "moira", "terence", "leslie", "rodney", "norma", "jess", "tess",
        // Round 333's supply teacher ("Bernadette O'Rourke-Hale") and more of staff's generation.
        "bernadette", "annette", "glenda", "rita", "leonard", "laurence", "francis", "gerard", "dermot", "eamon", "eamonn",
        "dougal", "bryn", "sukhvinder", "kuldeep", "ranjit", "anish", "ankit", "rohit", "vijay", "ramesh", "usha",
        // Rounds 638-643's pupils and parents: Yoruba, Arabic, Somali, Turkish, Punjabi, Ukrainian,
        // Hungarian and Scottish names.
        "folasade", "tayo", "toluwani", "dami", "bukky", "yewande", "adjoa", "sami", "samira", "youssef", "zakaria",
        "arif", "uthman", "simranjit", "amandeep", "leyla", "murat", "cem", "ece", "mahamed", "warsame", "ilhan",
        "andriy", "yulia", "viktoria", "krisztina", "eszter", "zsofia", "bence", "janos", "laszlo", "istvan", "gabor",
        "shabnam", "fozia", "yasmeen", "nazia", "shaheen", "iona", "destiny", "serenity",
        // Rounds 658-661's.
        "shirin", "ameer", "gurmeet", "kamla",
        // Rounds 690-693's (not "Bao", "Olu": short literals).
        "kavitha", "kavita", "oliwer", "devendra", "kemal", "mateus", "elfed", "aleks", "rashida", "sukhwinder",
        "balwinder", "tanvir",
        // Round 769's ("Dobson, Demi") and more of the 2000s' and 2010s' births.
        "demi", "lana", "lara", "mya", "neve", "macey", "macy", "lacie", "kaci", "romy", "piper", "mackenzie", "marley",
        "brooklyn", "shay", "shelby", "teagan", "tiana", "tillie", "robbie", "mikey", "troy", "wesley", "zane", "rocco",
        // ("Denver had another absence seizure in English", "Aurelio Santangelo-Briggs in Willow class", rounds 2655 and 2658.)
        "denver", "aurelio",
        "rudy", "vinnie", "leighton", "dolores", "esmee", "alanna", "brogan", "nyla", "rylee", "tiegan", "teddie",
        // Round 1049's ("Mae Aiyana Thomas (Bl.11) ..."), and more that were missing: the 2010s' births,
        // Somali, Arabic, Polish and South Asian families'.
        "aiyana", "ayaana", "aarya", "alessia", "amari", "aniyah", "anya", "araminta", "arwen", "ashanti", "aylin",
        "azra", "bea", "beatrix", "evangeline", "fenella", "gianna", "iyla", "jaylen", "jiya", "jolie", "kaia", "laila",
        "layan", "mira", "raya", "rayna", "rhea", "rumi", "talia", "tara", "xander", "marcel", "maximilian", "stanislaw",
        "matylda", "aneurin", "anisa", "atharv", "deeqa", "eshaal", "faisa", "hadiza", "joud", "kaltun", "kwesi",
        "lujain", "nasra", "zayd", "zaynab",
        // More Akan day names beside those above.
        "kwadwo", "kwasi", "kobina",
        // Irish names as English spells them ("Ealish in the front row has Type 1 diabetes", round 1453's).
        "ealish", "eilish", "eilis",
        // Scottish ("Aila in P2 has had a wee rash", round 1484's).
        "aila",
        // English, Yoruba, Amharic and Tigrinya, Welsh ("jessamy o'keeffe (9RB) came to her lesson
        // weds with bruising", round 1921's; rounds 1899-1922's others).
        "jessamy", "ebunoluwa", "abiodun", "tiwatope", "abeba", "letensae", "kasimir", "shola", "dilys",
        // ("izzy (isabella) fairbrother-kaur 11R got really distressed", round 1979's.)
        "izzy", "izzie",
        // ("nkem adeyemi-clarke - topic now \"living with sickle cell\"", round 2032's supervision log.)
        "nkem",
    ]

    /// Given names that are everyday words too in lower case ("amber", "heather", "max"): the
    /// words of a British English dictionary among `common`, beyond `wordLike` and
    /// `PersonName.lowerCaseWords` (which `lowerCaseTriggers` leaves out as well).
    static let dictionaryWords: Set<String> = [
        "aria", "barney", "beau", "beryl", "billy", "bobby", "bola", "bonnie", "carol", "clement", "colleen",
        "felicity", "florin", "harry", "hyacinth", "jasmine", "jasper", "jay", "jimmy", "john", "josh", "lee", "lei",
        "maria", "martin", "matt", "maxim", "mike", "nick", "noel", "nova", "peter", "phoebe", "precious",
        "primrose", "roger", "sally", "savannah", "terry", "tom", "tony", "wale", "warren", "willow",
        // Places and words a note writes in lower case; Welsh's "what" ("beth yw ...?").
        "florence", "sydney", "chelsea", "jordan", "georgia", "victoria", "austin", "devon", "kerry", "cameron", "beth",
        "destiny", "serenity", "piper", "troy", "brooklyn", "leighton", "gill", "rick",
        // Welsh's "white" ("byrddau gwyn bach": small whiteboards, round 1428's lesson plan).
        "gwyn",
    ]

    /// The given names a note typed in lower case is read at ("priya sharma v unsettled"):
    /// the common ones of four bytes or more that are no everyday word, and the commonest
    /// three-letter ones that are no word or abbreviation either ("kai robinson - behaviour";
    /// not "dev", "ted", "ivy", "tom", "dan"). (Shorter literals would slow phase one's literal
    /// pass; see `WordLists.shortestFastLiteral`: " kai " is five bytes.)
    static let lowerCaseTriggers: [String] = (common.filter { name in
        name.utf8.count >= 4 && name.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || $0 == 45 || $0 >= 0x80 }
            && !dictionaryWords.contains(name) && !wordLike.contains(name) && !PersonName.lowerCaseWords.contains(name)
    } + shortLowerCase).sorted()

    static let shortLowerCase = ["kai", "amy", "ava", "mia", "leo", "zoe", "sam", "ian", "ali", "joe", "jon", "tia",
                                 "zak", "zac", "nia", "huw", "cai", "eva", "ewa", "liz", "efa", "twm"]

    static let lowerCaseTriggerSet = Set(lowerCaseTriggers)

    /// Whether a word (lower-cased) is a common given name, or starts with one before a hyphen
    /// ("anne-marie"), or is one once its accents are dropped ("chloë", "zoé").
    static func contains(_ word: String) -> Bool {
        if common.contains(word) || common.contains(String(word.prefix { $0 != "-" })) { return true }
        guard word.utf8.contains(where: { $0 >= 0x80 }) else { return false }
        // A caller may have lower-cased the ASCII letters only: "Ștefan" arrives as "Ștefan".
        let lower = word.lowercased()
        if lower != word, common.contains(lower) || common.contains(String(lower.prefix { $0 != "-" })) { return true }
        let folded = lower.folding(options: .diacriticInsensitive, locale: nil)
        return folded != word && (common.contains(folded) || common.contains(String(folded.prefix { $0 != "-" })))
    }
}
