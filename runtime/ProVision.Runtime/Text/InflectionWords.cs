namespace ProVision.Runtime.Text;

/// <summary>
/// The word lists behind <see cref="Inflection"/>. Written for object, attribute and relation labels of
/// scene-graph data sets (Visual Genome, COCO, the reference annotations), not for English at large: a word
/// appears here because a rule would get a common label wrong without it.
/// </summary>
internal static class InflectionWords
{
    /// <summary>Nouns whose plural is the singular.</summary>
    public static readonly WordSet Invariant = new(
        "sheep", "fish", "deer", "moose", "elk", "bison", "swine", "salmon", "trout", "cod", "tuna", "shrimp",
        "squid", "aircraft", "spacecraft", "hovercraft", "watercraft", "offspring", "series", "species",
        "means", "headquarters", "barracks", "crossroads", "wildlife", "livestock", "cattle", "poultry");

    /// <summary>Singular -> plural for nouns no suffix rule handles (whole head word).</summary>
    public static readonly WordMap Irregular = new(
        ("person", "people"), ("child", "children"), ("mouse", "mice"), ("louse", "lice"), ("goose", "geese"),
        ("foot", "feet"), ("tooth", "teeth"), ("ox", "oxen"), ("die", "dice"), ("quiz", "quizzes"),
        ("cactus", "cacti"), ("fungus", "fungi"), ("nucleus", "nuclei"), ("radius", "radii"), ("stimulus", "stimuli"),
        ("alumnus", "alumni"), ("bacterium", "bacteria"), ("criterion", "criteria"), ("phenomenon", "phenomena"),
        ("axis", "axes"), ("index", "indices"), ("matrix", "matrices"), ("vertex", "vertices"), ("appendix", "appendices"),
        ("passerby", "passersby"), ("genus", "genera"), ("corpus", "corpora"));

    /// <summary>Heads that are already plural: irregular plurals and collective nouns (see also <see cref="PluralOnly"/>).</summary>
    public static readonly WordSet PluralForms = new(
        "people", "children", "mice", "lice", "geese", "feet", "teeth", "oxen", "dice", "cacti", "fungi", "nuclei",
        "radii", "stimuli", "alumni", "bacteria", "criteria", "phenomena", "data", "media", "indices", "matrices",
        "vertices", "police", "folk", "clergy", "passersby");

    /// <summary>
    /// Plural heads with no singular (plurale tantum): grammatically plural, yet one of them is one thing ("a pair of
    /// jeans"), so they are their own noun and never a bunch of something.
    /// </summary>
    public static readonly WordSet PluralOnly = new(
        "pants", "trousers", "jeans", "shorts", "leggings", "tights", "pajamas", "pyjamas", "overalls", "briefs",
        "glasses", "sunglasses", "eyeglasses", "spectacles", "goggles", "binoculars", "scissors", "shears", "tongs",
        "pliers", "tweezers", "clothes", "stairs", "headphones", "earphones", "earbuds", "suds", "remains", "outskirts",
        "surroundings", "belongings", "groceries", "contents", "bleachers");

    /// <summary>Singular heads ending in "s" that the "-s means plural" rule would misread.</summary>
    public static readonly WordSet SingularEndingInS = new(
        "bus", "gas", "axis", "canvas", "atlas", "bias", "alias", "lens", "iris", "chassis", "tennis", "trellis", "pelvis",
        "cannabis", "mantis", "ibis", "debris", "cosmos", "chaos", "kudos", "ethos", "pathos", "asbestos", "thermos",
        "news", "physics", "mathematics", "athletics", "gymnastics", "aerobics", "billiards", "darts", "checkers",
        "measles", "mumps", "rabies", "diabetes", "herpes", "christmas", "bonus", "plus", "octopus", "walrus", "virus",
        "platypus", "hippopotamus", "citrus", "asparagus", "lotus", "cactus", "fungus", "campus", "circus", "apparatus",
        "series", "species", "means", "yes", "this");

    /// <summary>Plurals in "-us" of nouns ending in "u" (the "-us is singular" rule would misread them).</summary>
    public static readonly WordSet PluralEndingInUs = new(
        "menus", "emus", "gnus", "tutus", "gurus", "haikus", "tofus", "zebus", "kudzus", "tiramisus", "bayous");

    /// <summary>Heads ending in "men" that are singular ("specimen"), so the "-men is plural" rule skips them.</summary>
    public static readonly WordSet SingularEndingInMen = new(
        "specimen", "abdomen", "omen", "hymen", "stamen", "semen", "regimen", "amen", "yemen", "acumen", "albumen");

    /// <summary>Heads ending in "man" whose plural is a plain "-s" ("humans", not "humen").</summary>
    public static readonly WordSet ManTakesS = new(
        "human", "german", "roman", "shaman", "caiman", "talisman", "ottoman", "walkman", "doberman", "cayman",
        "dolman", "pacman", "superman", "batman", "spiderman");

    /// <summary>Suffixes whose "-f" / "-fe" becomes "-ves" ("bookshelf" ends in "shelf").</summary>
    public static readonly WordSet FToVes = new(
        "knife", "wife", "life", "leaf", "loaf", "wolf", "shelf", "half", "calf", "thief", "scarf", "hoof", "elf",
        "sheaf");

    /// <summary>Nouns in consonant + "o" that take "-oes".</summary>
    public static readonly WordSet OTakesEs = new(
        "potato", "tomato", "hero", "echo", "veto", "torpedo", "mosquito", "volcano", "buffalo", "domino", "tornado",
        "cargo", "mango", "embargo");

    /// <summary>Words in "-ch" said with a k sound, which take a plain "-s".</summary>
    public static readonly WordSet ChTakesS = new(
        "stomach", "monarch", "epoch", "patriarch", "matriarch", "tech", "loch", "czech", "eunuch", "oligarch");

    /// <summary>
    /// Uncountable (mass) heads: "how many" makes no sense for them. The countability fallback for labels
    /// missing from a pack's vocabulary; packs override any entry with an explicit yes/no.
    /// </summary>
    public static readonly WordSet Mass = new(
        // ground, terrain, plants
        "grass", "turf", "sand", "snow", "slush", "ice", "frost", "dirt", "soil", "mud", "gravel", "dust", "ground",
        "pavement", "asphalt", "concrete", "cement", "foliage", "greenery", "vegetation", "shrubbery", "ivy", "moss",
        "hay", "straw", "mulch", "rubble", "debris", "terrain", "scenery", "wildlife",
        // sky, water, weather, light
        "sky", "water", "air", "fog", "mist", "smoke", "steam", "vapor", "haze", "rain", "weather", "sunlight",
        "sunshine", "daylight", "moonlight", "lighting", "shade", "darkness", "foam", "surf", "ocean", "sea",
        // materials
        "wood", "metal", "plastic", "steel", "iron", "aluminum", "aluminium", "copper", "brass", "gold", "silver",
        "leather", "cotton", "wool", "denim", "fabric", "cloth", "lace", "velvet", "silk", "rubber", "glassware",
        "marble", "granite", "stucco", "plaster", "wallpaper", "netting", "mesh", "fencing", "siding",
        "flooring", "carpeting", "paneling", "wiring", "lettering", "writing", "graffiti", "signage", "text",
        // body
        "hair", "fur", "skin", "blood", "makeup", "plumage",
        // food and drink
        "food", "rice", "bread", "milk", "sugar", "salt", "flour", "butter", "cheese", "meat", "beef", "pork", "ham",
        "bacon", "seafood", "broccoli", "lettuce", "spinach", "cabbage", "celery", "asparagus", "corn",
        "pasta", "spaghetti", "soup", "sauce", "gravy", "cream", "icing", "frosting", "honey", "syrup",
        "jam", "jelly", "ketchup", "mustard", "mayonnaise", "yogurt", "oatmeal", "cereal", "granola", "popcorn",
        "chocolate", "candy", "sushi", "coffee", "tea", "juice", "wine", "beer", "liquor", "soda", "oil", "vinegar",
        "produce", "dough", "toast",
        // collections and abstractions
        "furniture", "equipment", "luggage", "baggage", "clothing", "jewelry", "jewellery", "gear", "trash",
        "garbage", "rubbish", "litter", "machinery", "hardware", "merchandise", "money", "cash", "traffic", "art",
        "music", "information", "advice", "evidence", "knowledge", "silverware", "cutlery", "dinnerware",
        "tableware", "cookware", "kitchenware", "software", "stuff", "junk", "clutter", "mail", "paperwork",
        "wildlife", "livestock", "cattle", "poultry", "electricity");
}
