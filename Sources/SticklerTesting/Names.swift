/// Common given names and surnames, used to make synthetic people. Combinations are
/// random; any resemblance to a real person is coincidence.
public enum Names {
    public static let given = [
        "Olivia", "Amelia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Isabella", "Rosie", "Sophia", "Grace", "Freya",
        "Willow", "Florence", "Emily", "Ella", "Poppy", "Evie", "Elsie", "Charlotte", "Noah", "Oliver", "George",
        "Arthur", "Muhammad", "Leo", "Harry", "Oscar", "Archie", "Henry", "Theodore", "Freddie", "Jack", "Charlie",
        "Theo", "Alfie", "Jacob", "Thomas", "Finley", "Arlo", "Aisha", "Zara", "Priya", "Kacper", "Zofia", "Tomasz",
        "Chidi", "Amara", "Siobhan", "Niamh", "Rhys", "Cerys", "Dylan", "Megan", "Callum", "Eilidh", "Yusuf", "Hana",
    ]
    public static let family = [
        "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Robinson",
        "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Thomas", "Clarke",
        "Jackson", "Wood", "Harris", "Edwards", "Turner", "Martin", "Cooper", "Hill", "Ward", "Hughes", "Moore",
        "Clark", "King", "Harrison", "Lewis", "Baker", "Lee", "Allen", "Morris", "Khan", "Scott", "Watson",
        "Davis", "Parker", "James", "Bennett", "Young", "Phillips", "Richardson", "Mitchell", "Kowalski",
        "Okafor", "O'Brien", "Macdonald", "Ahmed", "Begum", "Nowak", "Campbell", "Murphy", "Ali",
    ]
    public static let streets = [
        "Acacia Avenue", "Church Lane", "Station Road", "Mill Street", "Victoria Road", "Park Crescent",
        "The Green", "Manor Way", "Orchard Close", "School Lane", "High Street", "Meadow View",
    ]
    public static let towns = [
        ("Leeds", "LS"), ("Manchester", "M"), ("Birmingham", "B"), ("Bristol", "BS"), ("Sheffield", "S"),
        ("Norwich", "NR"), ("Exeter", "EX"), ("York", "YO"), ("Cardiff", "CF"), ("Reading", "RG"),
        ("Nottingham", "NG"), ("Luton", "LU"), ("Hull", "HU"), ("Derby", "DE"),
    ]
}
