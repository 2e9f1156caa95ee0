import InboxModel

/// Given and family names grouped by where they are common, so a generated
/// person's name hangs together. Combinations are random: any resemblance to
/// a real person is a coincidence of common names.
enum NamePools {
    struct Culture {
        let given: [String]
        let family: [String]
        /// Family name first, as written in the culture ("Sato Hana").
        let familyFirst: Bool
        let cities: [String]
    }

    static let cultures: [Culture] = [
        Culture(
            given: ["Adaeze", "Chinedu", "Ngozi", "Emeka", "Funmilayo", "Tunde", "Ifeoma", "Olumide", "Amara", "Obinna", "Yetunde", "Kelechi"],
            family: ["Okafor", "Adeyemi", "Eze", "Balogun", "Nwosu", "Okonkwo", "Adebayo", "Chukwu", "Ogunleye", "Bello"],
            familyFirst: false, cities: ["Lagos", "Abuja", "Enugu"]),
        Culture(
            given: ["Kwame", "Ama", "Kofi", "Efua", "Yaw", "Akosua", "Kojo", "Abena"],
            family: ["Asante", "Mensah", "Owusu", "Boateng", "Appiah", "Darko", "Osei"],
            familyFirst: false, cities: ["Accra", "Kumasi"]),
        Culture(
            given: ["Wanjiru", "Otieno", "Njeri", "Kamau", "Achieng", "Mwangi", "Wairimu", "Kiprono"],
            family: ["Mwangi", "Odhiambo", "Kariuki", "Wambui", "Chebet", "Njoroge", "Kiptoo"],
            familyFirst: false, cities: ["Nairobi", "Mombasa", "Kisumu"]),
        Culture(
            given: ["Sipho", "Lerato", "Thabo", "Nomvula", "Kagiso", "Zanele", "Musa", "Palesa"],
            family: ["Ndlovu", "Mokoena", "Dlamini", "Khumalo", "Nkosi", "Molefe", "van der Merwe"],
            familyFirst: false, cities: ["Johannesburg", "Cape Town", "Durban"]),
        Culture(
            given: ["Hana", "Yuki", "Haruto", "Aoi", "Ren", "Sakura", "Kenji", "Mei", "Daiki", "Emi"],
            family: ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi"],
            familyFirst: false, cities: ["Tokyo", "Osaka", "Fukuoka"]),
        Culture(
            given: ["Wei", "Xiaoling", "Jun", "Mingyu", "Lan", "Hao", "Yifan", "Jing"],
            family: ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhou"],
            familyFirst: false, cities: ["Shanghai", "Shenzhen", "Singapore"]),
        Culture(
            given: ["Ji-woo", "Min-jun", "Seo-yeon", "Do-hyun", "Ha-eun", "Ji-ho", "Soo-ah"],
            family: ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Yoon"],
            familyFirst: false, cities: ["Seoul", "Busan"]),
        Culture(
            given: ["Mai", "Minh", "Linh", "Duc", "Thu", "Quang", "Lan Anh"],
            family: ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang"],
            familyFirst: true, cities: ["Hanoi", "Ho Chi Minh City", "Da Nang"]),
        Culture(
            given: ["Priya", "Arjun", "Ananya", "Rohan", "Kavya", "Vikram", "Meera", "Aditya", "Sneha", "Ravi", "Divya", "Karthik"],
            family: ["Sharma", "Iyer", "Nair", "Patel", "Reddy", "Menon", "Gupta", "Krishnan", "Banerjee", "Desai"],
            familyFirst: false, cities: ["Bengaluru", "Pune", "Chennai", "Mumbai", "Hyderabad"]),
        Culture(
            given: ["Ayesha", "Imran", "Sana", "Bilal", "Hira", "Usman", "Zainab"],
            family: ["Khan", "Qureshi", "Siddiqui", "Malik", "Chaudhry", "Sheikh"],
            familyFirst: false, cities: ["Karachi", "Lahore", "Islamabad"]),
        Culture(
            given: ["Omar", "Layla", "Yousef", "Nour", "Karim", "Rania", "Tariq", "Hala", "Samir", "Dina"],
            family: ["Haddad", "Khoury", "Mansour", "Nasser", "Saleh", "Farouk", "Aziz", "Hamdan"],
            familyFirst: false, cities: ["Dubai", "Amman", "Beirut", "Cairo"]),
        Culture(
            given: ["Elif", "Emre", "Zeynep", "Mehmet", "Ayşe", "Can", "Deniz", "Burak"],
            family: ["Yılmaz", "Demir", "Kaya", "Şahin", "Çelik", "Öztürk", "Aydın"],
            familyFirst: false, cities: ["Istanbul", "Ankara", "Izmir"]),
        Culture(
            given: ["Dariush", "Shirin", "Navid", "Parisa", "Kian", "Leila"],
            family: ["Hosseini", "Rahimi", "Karimi", "Moradi", "Tehrani"],
            familyFirst: false, cities: ["Tehran", "Toronto", "Hamburg"]),
        Culture(
            given: ["Elena", "Dmitri", "Anastasia", "Ivan", "Olga", "Sergei", "Tatiana", "Alexei"],
            family: ["Petrova", "Ivanov", "Smirnova", "Volkov", "Sokolova", "Morozov", "Lebedeva"],
            familyFirst: false, cities: ["Tbilisi", "Belgrade", "Riga"]),
        Culture(
            given: ["Oleksandr", "Iryna", "Andriy", "Oksana", "Taras", "Kateryna", "Bohdan"],
            family: ["Melnyk", "Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko"],
            familyFirst: false, cities: ["Kyiv", "Lviv", "Kharkiv"]),
        Culture(
            given: ["Tomasz", "Agnieszka", "Piotr", "Katarzyna", "Michał", "Zofia", "Jakub", "Małgorzata"],
            family: ["Wiśniewski", "Kowalska", "Nowak", "Wójcik", "Kamińska", "Lewandowski", "Zieliński"],
            familyFirst: false, cities: ["Warsaw", "Kraków", "Wrocław"]),
        Culture(
            given: ["Lukas", "Anna", "Jonas", "Lena", "Felix", "Mia", "Bastian", "Katrin", "Jürgen"],
            family: ["Müller", "Schmidt", "Kröger", "Fischer", "Weber", "Becker", "Hoffmann", "Schäfer"],
            familyFirst: false, cities: ["Berlin", "Munich", "Hamburg", "Vienna", "Zürich"]),
        Culture(
            given: ["Chloé", "Julien", "Camille", "Mathieu", "Léa", "Antoine", "Manon", "Hélène"],
            family: ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Laurent", "Girard", "Rousseau"],
            familyFirst: false, cities: ["Paris", "Lyon", "Montréal", "Brussels"]),
        Culture(
            given: ["Mateo", "Lucía", "Javier", "Carmen", "Diego", "Valentina", "Alejandro", "Sofía", "Andrés", "Camila"],
            family: ["García", "Martínez", "Rodríguez", "López", "Hernández", "Sánchez", "Ramírez", "Torres", "Morales"],
            familyFirst: false, cities: ["Madrid", "Barcelona", "Bogotá", "Mexico City", "Buenos Aires", "Santiago"]),
        Culture(
            given: ["João", "Beatriz", "Felipe", "Larissa", "Thiago", "Mariana", "Rafael", "Gabriela"],
            family: ["Silva", "Santos", "Oliveira", "Souza", "Duarte", "Costa", "Mendes", "Ferreira"],
            familyFirst: false, cities: ["São Paulo", "Lisbon", "Porto Alegre", "Recife"]),
        Culture(
            given: ["Giulia", "Marco", "Francesca", "Luca", "Chiara", "Matteo", "Alessandro"],
            family: ["Rossi", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Bellini"],
            familyFirst: false, cities: ["Milan", "Turin", "Bologna"]),
        Culture(
            given: ["Daan", "Sanne", "Bram", "Femke", "Joost", "Lotte"],
            family: ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Achterberg"],
            familyFirst: false, cities: ["Amsterdam", "Rotterdam", "Utrecht"]),
        Culture(
            given: ["Sofia", "Erik", "Astrid", "Lars", "Ingrid", "Mikkel", "Freja", "Nils"],
            family: ["Lindqvist", "Andersson", "Johansson", "Nielsen", "Hansen", "Berg", "Halvorsen"],
            familyFirst: false, cities: ["Stockholm", "Copenhagen", "Oslo", "Helsinki"]),
        Culture(
            given: ["Liam", "Aoife", "Siobhán", "Cian", "Niamh", "Declan", "Orla"],
            family: ["O'Connor", "Murphy", "Kelly", "O'Brien", "Byrne", "Gallagher", "Walsh"],
            familyFirst: false, cities: ["Dublin", "Cork", "Galway"]),
        Culture(
            given: ["Oliver", "Amelia", "Harry", "Charlotte", "George", "Emily", "Jack", "Grace", "Thomas", "Eleanor"],
            family: ["Smith", "Taylor", "Brown", "Wilson", "Evans", "Hughes", "Clarke", "Whitfield", "Harrison"],
            familyFirst: false, cities: ["London", "Manchester", "Edinburgh", "Bristol", "Leeds"]),
        Culture(
            given: ["Jordan", "Madison", "Tyler", "Brianna", "Marcus", "Jasmine", "Brandon", "Kayla", "Derek", "Ashley"],
            family: ["Johnson", "Williams", "Jones", "Davis", "Miller", "Anderson", "Jackson", "Pike", "Coleman"],
            familyFirst: false, cities: ["Austin", "Chicago", "Denver", "Atlanta", "Seattle", "Boston"]),
        Culture(
            given: ["Maria Clara", "Paolo", "Angelica", "Miguel", "Bea", "Carlo"],
            family: ["Santos", "Reyes", "Cruz", "Bautista", "Villanueva", "Dela Cruz"],
            familyFirst: false, cities: ["Manila", "Cebu"]),
        Culture(
            given: ["Putri", "Budi", "Sari", "Agus", "Dewi", "Rizky"],
            family: ["Wijaya", "Santoso", "Halim", "Kusuma", "Pratama"],
            familyFirst: false, cities: ["Jakarta", "Bandung", "Surabaya"]),
        Culture(
            given: ["Dimitris", "Eleni", "Nikos", "Katerina", "Yannis"],
            family: ["Papadopoulos", "Georgiou", "Nikolaidis", "Christodoulou"],
            familyFirst: false, cities: ["Athens", "Thessaloniki"]),
        Culture(
            given: ["Noa", "Itai", "Tamar", "Yonatan", "Shira"],
            family: ["Levi", "Cohen", "Mizrahi", "Friedman", "Avraham"],
            familyFirst: false, cities: ["Tel Aviv", "Haifa"]),
        Culture(
            given: ["Selam", "Dawit", "Hiwot", "Yonas", "Meron"],
            family: ["Bekele", "Tesfaye", "Haile", "Girma", "Alemu"],
            familyFirst: false, cities: ["Addis Ababa"]),
    ]

    /// Names written in their own script, a small share of the people, so
    /// wide characters show up in lists and layouts.
    static let nativeScript: [String] = [
        "佐藤 花子", "高橋 健", "王 伟", "李 静", "김 민준", "박 서연", "Άννα Παππά", "Олена Коваль", "محمد العلي", "דנה לוי",
    ]

    static let companyFirst = [
        "Fern", "Brightforge", "Cargo", "Kite", "North", "Lumen", "Verdant", "Pipe", "Orbit", "Tandaa", "Shift",
        "Sun", "Kopano", "Harbor", "Quill", "Ember", "Atlas", "Blue", "Copper", "Granite", "Juniper", "Maple",
        "Nimbus", "Oak", "Pioneer", "Saffron", "Tidal", "Vela", "Willow", "Zephyr", "Cobalt", "Meridian",
    ]
    static let companySecond = [
        "work", "line", "mark", "wind", "ly", "well", "bird", "stone", "path", "loop", "field", "labs",
        "works", "bridge", "hub", " Analytics", " Health", " Logistics", " Capital", " Systems", " Studio", " Pay",
    ]

    static let roles = [
        "Product Manager", "Senior Product Designer", "Data Analyst", "Engineering Manager", "Staff Engineer",
        "Head of Operations", "VP Partnerships", "Customer Success Lead", "Backend Engineer", "UX Researcher",
        "Marketing Director", "Account Executive", "Technical Recruiter", "Finance Lead", "Chief of Staff",
        "Research Scientist", "Product Marketing Manager", "Solutions Architect", "Head of Growth", "Operations Analyst",
        "Lecturer in Economics", "PhD candidate", "Nurse Practitioner", "Supply Chain Manager", "Software Engineer",
    ]

    static let industries = [
        "fintech", "logistics", "healthcare", "climate tech", "edtech", "SaaS", "retail", "insurance",
        "agritech", "mobility", "public sector", "media", "manufacturing", "cybersecurity", "real estate",
    ]

    /// Headlines that promise more than they say, for senders of thirsty outreach.
    static let loudHeadlines = [
        "Founder & CEO at %c | %i | Building the future of %i",
        "Growth Partner | I help %i teams 10x their pipeline",
        "Serial Entrepreneur | Investor | Visionary | Speaker",
        "Business Development Manager at %c",
        "I help founders scale to 7 figures | DM me",
        "Helping %i leaders unlock exponential growth",
        "Chief Evangelist at %c | Thought leader | Keynote speaker",
        "Strategic Advisor | Connector | Open to collaborations",
    ]

    /// Headlines and names of profiles that look made up.
    static let fakeHeadlines = [
        "", "CEO", "Forex & Crypto Wealth Mentor | 30% weekly returns", "Recruitment Manager",
        "Investment Manager at Global Capital Trust", "Entrepreneur", "Looking for friends", "Oil and gas engineer offshore",
    ]
    static let fakeNames = [
        "Recruitment Manager", "Jennifer Williams", "David Smith", "Linda Brown", "Investment Team", "Mary Johnson",
    ]
}
