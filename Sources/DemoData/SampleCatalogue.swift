/// Producing countries of the demo ammunition samples: how many distinct samples each has, which
/// factory codes it uses, and its production years. 281 samples from China, the Soviet Union and
/// Russia; 207 from 34 other countries, among them the brief's rarities with their exact decades.
enum SampleCatalogue {
    struct Producer {
        let country: String
        let written: [String]  // how exports spell the country
        let samples: Int
        let factories: [String]
        let years: ClosedRange<Int>
        /// Fixed production years (the rarities); `samples` of them are used when present.
        let fixedYears: [Int]

        init(
            _ country: String, _ written: [String], _ samples: Int, _ factories: [String], _ years: ClosedRange<Int>,
            fixed: [Int] = []
        ) {
            self.country = country
            self.written = written
            self.samples = samples
            self.factories = factories
            self.years = years
            fixedYears = fixed
        }
    }

    static let producers: [Producer] = [
        Producer(
            "China", ["China", "Chine", "PRC", "CN"], 170,
            [
                "Factory 11", "Factory 31", "Factory 41", "Factory 61", "Factory 71", "Factory 81", "Factory 311", "Factory 811",
                "Factory 9111", "Factory 945",
            ],
            1960...2019),
        Producer(
            "Soviet Union", ["Soviet Union", "URSS", "USSR", "Union soviétique"], 85,
            ["Factory 3", "Factory 17", "Factory 60", "Factory 188", "Factory 270", "Factory 539", "Factory 711"], 1948...1991),
        Producer(
            "Russia", ["Russia", "Russie", "Russian Federation"], 26,
            ["Factory 3", "Factory 17", "Factory 188", "Factory 539", "Factory 711"], 1992...2019),
        Producer("Bulgaria", ["Bulgaria", "Bulgarie"], 28, ["Factory 10", "Arsenal 21"], 1955...2015),
        Producer("Czechoslovakia", ["Czechoslovakia", "Tchécoslovaquie"], 20, ["bxn", "aym", "uxa"], 1950...1992),
        Producer("Yugoslavia", ["Yugoslavia", "Yougoslavie"], 17, ["PPU", "IK"], 1955...1991),
        Producer("Romania", ["Romania", "Roumanie"], 15, ["Factory 21", "Factory 22"], 1960...2005),
        Producer("Hungary", ["Hungary", "Hongrie"], 12, ["Factory 23", "Factory 21H"], 1955...1990),
        Producer("Poland", ["Poland", "Pologne"], 12, ["Factory 343", "Factory 21P"], 1955...1995),
        Producer("East Germany", ["East Germany", "RDA", "GDR"], 10, ["Factory 04", "Factory 05"], 1957...1990),
        Producer("Serbia", ["Serbia", "Serbie"], 9, ["PPU", "IK"], 1993...2019),
        Producer("Czechia", ["Czechia", "République tchèque"], 8, ["Sellier & Bellot"], 1993...2018),
        Producer("Ukraine", ["Ukraine"], 7, ["Factory 270"], 1992...2015),
        Producer("Belarus", ["Belarus", "Biélorussie"], 6, ["Factory 44"], 1993...2012),
        Producer("Bosnia and Herzegovina", ["Bosnia and Herzegovina", "Bosnie-Herzégovine"], 6, ["Igman", "BiH"], 1996...2016),
        Producer("Albania", ["Albania", "Albanie"], 5, ["Factory 12"], 1965...1990),
        Producer("Turkey", ["Turkey", "Turquie"], 5, ["MKE"], 1980...2018),
        Producer("Belgium", ["Belgium", "Belgique"], 4, ["FN"], 1960...1990),
        Producer("France", ["France"], 4, ["GIAT", "MKE-F"], 1960...2000),
        Producer("Germany", ["Germany", "Allemagne"], 4, ["MEN", "DAG"], 1960...2010),
        Producer("Israel", ["Israel", "Israël"], 3, ["IMI"], 1975...2005),
        Producer("Pakistan", ["Pakistan"], 3, ["POF"], 1975...2015),
        Producer("Kazakhstan", ["Kazakhstan"], 3, ["Factory 36"], 1995...2010),
        Producer("Cuba", ["Cuba"], 3, ["Factory 2"], 1970...1990),
        Producer("Vietnam", ["Vietnam", "Viet Nam"], 2, ["Z111"], 1975...2000),
        Producer("South Africa", ["South Africa", "Afrique du Sud"], 2, ["PMP"], 1980...2005),
        Producer("Nigeria", ["Nigeria"], 2, ["DICON"], 1985...2010),
        Producer("Libya", ["Libya", "Libye"], 2, ["Factory L"], 1975...2000),
        Producer("Greece", ["Greece", "Grèce"], 2, ["HXP"], 1970...2000),
        Producer("Zimbabwe", ["Zimbabwe"], 1, ["ZDI"], 1985...2000),
        // The rarities, with the decades the brief names.
        Producer("Algeria", ["Algeria", "Algérie", "DZ"], 2, ["ECMJ"], 2000...2019, fixed: [2005, 2012]),
        Producer("North Korea", ["North Korea", "DPRK", "Corée du Nord"], 2, ["Factory 65"], 1960...1999, fixed: [1968, 1994]),
        Producer("Egypt", ["Egypt", "Égypte", "EG"], 3, ["Factory 10E", "Factory 27"], 1980...2019, fixed: [1985, 2015, 2013]),
        Producer("Sudan", ["Sudan", "Soudan"], 2, ["MIC"], 2000...2019, fixed: [2006, 2013]),
        Producer("Iran", ["Iran", "IRN"], 1, ["DIO"], 2000...2009, fixed: [2004]),
        Producer("Iraq", ["Iraq", "Irak"], 1, ["Al-Qadisiya"], 1980...1989, fixed: [1983]),
        Producer("Syria", ["Syria", "Syrie"], 1, ["EI"], 1980...1989, fixed: [1987]),
    ]

    /// Cartridge calibres of Figure 3, weighted as recovered.
    static let calibres: [(String, Double)] = [
        ("7.62x39mm", 0.6), ("7.62x54mmR", 0.25), ("12.7x108mm", 0.1), ("14.5x114mm", 0.05),
    ]
}
