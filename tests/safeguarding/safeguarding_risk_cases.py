"""Test messages for the risk detector. Deliberately different from benchmarks/heldout/risk.tsv."""

# (text, expected categories that must be present)
URGENT = [
    # from the brief
    ("fy nhad yn fy nharo", {"abuse"}),
    ("mae o'n fy mrifo", {"abuse"}),
    ("dw i eisiau lladd fy hun", {"suicide"}),
    ("dwi ddim isio byw", {"suicide"}),
    ("sa i'n moyn byw rhagor", {"suicide"}),
    ("dw i'n torri fy hun", {"self_harm"}),
    ("mae arna i ofn mynd adre", {"abuse"}),
    ("does gen i nunlle i gysgu", {"homelessness"}),
    ("mae'r plant wedi cael eu gadael ar eu pen eu hunain", {"neglect"}),
    ("wanna kms", {"suicide"}),
    ("i want 2 die", {"suicide"}),
    ("he hits me", {"abuse"}),
    ("my step dad hurts me", {"abuse"}),
    ("no where to sleep tonight", {"homelessness"}),
    ("everyone would be better off without me", {"suicide"}),
    ("I've been saving up my tablets", {"suicide"}),
    ("I don't feel safe at home", {"abuse"}),
    ("he takes my pension and won't give me any food money", {"exploitation"}),
    # English, adult and young voices
    ("Some nights I just want to go to sleep and not wake up", {"suicide"}),
    ("i cant do this anymore i want to end my life", {"suicide"}),
    ("been self harming since year 9", {"self_harm"}),
    ("my girlfriend slaps me and locks me out of the flat", {"abuse", "domestic_abuse"}),
    ("My wife's been violent towards me. She pushed me down the stairs", {"abuse", "domestic_abuse"}),
    ("my nephew has been stealing from my purse", {"exploitation"}),
    ("the boys from the estate make me sell weed for them", {"exploitation"}),
    ("we got evicted today and have nowhere to go", {"homelessness"}),
    ("Mam leaves the baby on its own when she goes out drinking all night", set()),
    ("I'm terrified of my husband", {"abuse", "domestic_abuse"}),
    ("I feel suicidal lol jk", {"suicide"}),
    ("my grandson uses my bank card without asking", {"exploitation"}),
    ("I've taken 30 paracetamol", {"suicide"}),
    ("i burn myself with cigarettes", {"self_harm"}),
    ("He grabbed me by the throat and choked me", {"abuse"}),
    # Welsh, adult and young voices, mutations
    ("Mae fy ngŵr yn fy nghuro i bob penwythnos", {"abuse", "domestic_abuse"}),
    ("mae o'n cicio fi pan dydy mam ddim yma", {"abuse"}),
    ("Dw i wedi meddwl am gymryd fy mywyd", {"suicide"}),
    ("dwi'n hunan-niweidio ers misoedd", {"self_harm"}),
    ("Mae fy mab yn dwyn fy mhensiwn", {"exploitation"}),
    ("maen nhw'n gwneud i fi gario cyffuriau", {"exploitation"}),
    ("Dw i'n cysgu yn y car ers mis", {"homelessness"}),
    ("Dw i ddim yn teimlo'n ddiogel gyda fo", {"abuse"}),
    ("Mae'n well i bawb hebdda i", {"suicide"}),
    ("dwi isio lladd fy hun, dim ond tynnu coes", {"suicide"}),
    ("Cafodd hi ei threisio", {"abuse"}),
    ("Mae'r dyn 'ma yn bygwth fy mrifo i", {"abuse"}),
    # consent-in-care guard (round 9) must not hide touching without asking
    ("he never asks before he touches me at night", {"abuse"}),
    ("dydy o ddim yn gofyn cyn cyffwrdd ynof fi yn y nos", {"abuse"}),
    # round 9: Welsh 'm negatives must not swallow English "so i'm"; literary "fe'm"; a carer's fear
    ("so i'm suicidal tbh", {"suicide"}),
    ("dwi'm isio byw ddim mwy", {"suicide"}),
    ("Fe'm trawodd neithiwr", {"abuse"}),
    ("some nights I'm scared I'll lose it and hurt him", {"abuse"}),
    ("mae gen i ofn y gwna i ei brifo hi", {"abuse"}),
]

IDIOMS = [
    # from the brief
    "this homework is killing me",
    "I could murder a cup of tea",
    "dying to see the grandchildren",
    "my feet are killing me",
    "I nearly died laughing",
    "mae'r gwaith cartref yn fy lladd i",
    "dw i bron â marw eisiau paned",
    "bu bron i mi farw chwerthin",
    # more
    "My knees are murder on the stairs",
    "the kids are killing me with their questions",
    "I was dying of boredom in that waiting room",
    "she'll kill me if I forget her birthday",
    "that new series is to die for",
    "It hit me how much I miss her",
    "Our Tom beat me at draughts again",
    "I cut my finger chopping onions",
    "I'm cutting back on biscuits",
    "mae fy nghoesau'n fy lladd i",
    "mae'r aros 'ma'n fy lladd i",
    "Mi gurodd hi fi mewn gêm o scrabble",
    "dw i'n marw isio gweld Taid",
    "wnes i farw o gywilydd",
    "Buon ni'n lladd amser yn y dref",
    "Mae'r ffôn wedi marw eto",
    "mae fy nghefn yn fy mrifo i heddiw",
]

CONCERN = [
    ("Dad had a fall on the stairs on Tuesday", {"falls"}),
    ("mum's been leaving the cooker on", {"memory"}),
    ("I've been feeling really depressed", {"low_mood"}),
    ("I'm a carer and I'm at the end of my tether", {"carer_strain"}),
    ("he's been drinking every day since he lost his job", {"alcohol"}),
    ("Mae Nain wedi cwympo yn y bath", {"falls"}),
    ("Mae Dad yn crwydro'r strydoedd yn y nos", {"memory"}),
    ("Dw i'n teimlo'n ddigalon iawn", {"low_mood"}),
    ("Dw i'n methu ymdopi", {"carer_strain"}),
    ("dydy o ddim yn bwyta dim", {"self_neglect"}),
]

NONE = [
    "I'd like to get out to the garden centre more",
    "I am scared I will hurt her when I lift her out of the chair",
    "mae gen i ofn y bydda i'n ei brifo hi wrth ei chodi o'r gadair",
    "please don't tell my son about this, it's a surprise for his birthday",
    "I worry about falling into debt with the heating bills",
    "I don't want to hurt her feelings",
    "I'd like the carer to ask me first before she washes my hair",
    "Hoffwn i'r gofalwr ofyn i mi gyntaf cyn cyffwrdd â fy nghoesau",
    "Dw i eisiau mynd i nofio unwaith yr wythnos",
    "I am not suicidal, I just want help with the shopping",
    "He has never hit me",
    "I don't want to die, I want to get better",
    "",
    "   ",
    "😀😀😀",
    "🙂👍",
]

# A disclosure at the very end of a paste of over 100,000 characters (read in windows).
HUGE_PASTE = "Bore da. " * 12_000 + "Mae o'n fy nharo i bob nos."

# Repetitive long input that could make a pattern backtrack (timed in benchmarks/risk_benchmark.py).
WORST_CASES = ("a " * 10_000, "na " * 6_666, "kill " * 4_000, "fy nharo " * 2_200, "😀" * 20_000)
