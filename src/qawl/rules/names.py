"""Tables for telling names apart: Arabic given names (so that native names are matched exactly,
not by sound) and letter classes that transliterations of one foreign name swap freely."""

# Common Arabic given names (and names used as surnames). Two of these that differ by one letter are
# different names (سعد / سعيد, حسن / حسين), so they are never merged by spelling similarity.
ARABIC_GIVEN_NAMES = set(
    """
    محمد أحمد محمود مصطفى علي عمر عمرو عثمان حسن حسين حسام خالد سعد سعيد سعود سلمان سليمان سالم سلمى
    عبد عبدالله عبدالرحمن عبدالعزيز عبدالفتاح عبدالمجيد عبدالكريم إبراهيم إسماعيل يوسف يونس يحيى زكريا
    موسى عيسى هارون داود طارق طه ياسر ياسين ياسمين وليد هشام هاني هاشم هيثم جمال كمال عادل عاطف عصام
    عماد عمار فؤاد فاروق فهد فيصل فتحي فادي مجدي مجد ماجد مراد مروان منير منى مها نادر ناصر نبيل نجيب
    نصر نور نورا نادية ندى هدى هند ليلى سمير سميرة سامي سامح رامي رامز رائد رشيد رضا رفيق زياد زيد زينب
    شريف شادي صلاح صالح صابر ضياء طلال عزت عزيز علاء غسان قاسم كريم لؤي مالك معاذ مهند ميسرة نزار
    مهاب صدقي
    هيفاء وائل وسام أسامة أشرف أيمن أنور إيهاب باسم بسام بشار بشير توفيق ثامر جابر جعفر جلال حمدي حمزة
    حازم حامد حاتم خليل خيري رأفت رجب رمضان زهير سيف شوقي صبري صفوت عاصم عبير فاطمة عائشة خديجة مريم
    جهاد جورج بطرس ميخائيل إلياس أنطون نجيب مينا عماد شنودة بولس جرجس ماهر مدحت ممدوح ممدوح نشأت نبيه
    هاني هالة هبة إيمان إسراء أسماء آمنة سوسن سعاد رشا رانيا رنا دينا داليا شيماء غادة لمياء مروة نهى
    نيرة وفاء يسرا أمينة بثينة تهاني جيهان حنان سحر سناء سهام عزة عفاف فريدة كوثر ماجدة ميرفت نجلاء
    إسلام أكرم أمجد أنس أيوب بكر بلال ثروت جودة حافظ حسني حلمي حمادة خالد خلف دياب راشد رجائي رشاد
    رضوان رفعت رؤوف زكي سامر سعدي سلامة سمير شادي شعبان شكري صادق صبحي صفاء طلعت طه عاطف عبده عدلي
    عرفات عزمي عصمت علاء عوض غالب غريب فايز فخري فرج فهمي قدري كامل لطفي مأمون مبارك مجاهد محسن مختار
    مسعد مشعل معتز منصور مهدي موفق نادر ناجي نبيل نزيه نعمان نعيم هشام همام وجدي وحيد يسري يوسف يعقوب
    بشير بشرى جميل جميلة حمدان حمد راضي رياض زاهر سالم سعود سليم شريف صقر ضاحي طارق عادل عبيد عمران
    غازي فراس قصي كنان لؤي مازن معن مؤمن نضال هادي وسيم يزن أيهم باسل تامر جواد حيدر ربيع زياد صهيب
    محيي سميح فوزية عفيف حسيب جاسم فاضل صفوان فرحان مجيد بركات فرحات شحات
    فوزي رمزي وجيه أنيس إدريس أدهم أسعد إياد بهاء حسان حسنين حكمت خلدون دريد سراج سطام سعدون شفيق
    عباس عبود عدنان عرفان عزام عوني غياث قيس كاظم لبيب لقمان متعب مثنى مرزوق مشاري مصعب معتصم مقداد
    ميثم نائل نايف نصار نصري نواف نوري وصفي وضاح وفيق عدي مقتدى برهم مسعود هوشيار هزاع طحنون
    ذياب زايد مكتوم تميم جوعان منصف سفيان بوعلام لحسن محند امحمد حمادي حمود شوكت عياض سهيل فالح
    عبداللطيف عبدالإله عبدالحكيم عبدالرحيم عبدالقادر عبدالحميد عبدالسلام عبدالوهاب عبدالحليم عبدالغني
    عبدالباسط عبدالناصر عبدالرؤوف عبدالمنعم عبدالهادي عبدالجليل عبدالخالق عبدالرزاق عبدالستار عبدالمحسن
    عبدالملك جبران إميل شربل ميشيل أنطوان ريمون سركيس يوحنا حنا بيار
    كميل ميشال إيلي نقولا وديع جوزيف طوني شارل روجيه فريد نديم جورجيت نهاد
    منال ريم لينا لمى رولا ريما سلوى سهى نسرين نوال هيام وداد نادين ميساء ميسون رغد
    سكينة رشيدة بهيجة زبيدة خولة ثريا حسناء مريمة ياسمينة نجوى رانية دانية سهيلة ابتسام خلود سارة
    عبلة فدوى لبنى هنادي رحاب إلهام نهلة ريهام ديما علياء نورة لطيفة بلقيس أروى صفية رقية حليمة فتيحة
    نعيمة مليكة حورية
    موزة شيخة عفراء ميثاء شما سنية
    """.split()
)

# Given names written with ال-, common in the Maghreb: "الرئيس التونسي [المنصف] المرزوقي", "وزير
# الصحة [الحسين] الودغيري", "رئيس الحكومة [الحبيب] الصيد". After a role they open the holder's name,
# not more of the role. Only those seldom a surname: in the first 50,000 corpus articles, counted
# right after a listed given name against elsewhere, these stand elsewhere at least 2.7 times as often
# (الطاهر 18/48, الحسن 34/183, الحسين 2/138); left out are الطيب 418/182 ("أحمد الطيب"), البشير
# 91/65, الشاذلي 75/70, المهدي 56/54, الصادق 36/46 and المختار 8/10. Not العربي (an adjective:
# "البرلمان العربي"), الأمين ("الأمين العام"), الهادي ("المحيط الهادي") or الأزهر ("مؤسسة الأزهر").
DEFINITE_GIVEN_NAMES = set(
    """
    الحسن الحسين الحبيب المنصف الباجي الطاهر المصطفى
    """.split()
)

# Surnames whose first word is a title (قائد: commander), read whole after a given name: "رئيس
# الوزراء السابق الباجي [قائد السبسي]".
TITLE_WORD_SURNAMES = ("قائد السبسي",)

# Western and other foreign given names as Arabic news spells them, for officials quoted by role and
# name ("رئيس هيئة الطاقة فريدريك هاوسمن"): one of these opens a name of itself and one more word
# (three words before a stop: "جون إيف لودريان إن"). Not جان (Jean) or شي (Xi): "لجان" and "يشي" hold
# them; not فرانك: "فرانك سويسري" is a currency.
# They are not native names (``entities`` still matches their bearers by sound).
FOREIGN_GIVEN_NAMES = set(
    """
    جون جيمس ديفيد دافيد مايكل مايك مايلز روبرت ريتشارد ويليام وليام توماس توم جوزيف تشارلز دانيال دانييل
    بيتر بول مارك ستيفن ستيفان ستيف أندرو أنتوني أنطونيو كريستوفر باتريك هنري فرانسوا بيير
    لوران إيمانويل نيكولا نيكولاس ميشال فريدريك هانز كلاوس أولاف أنغيلا أنجيلا هيلاري كوندوليزا سوزان
    ماري ماريا كاثرين إليزابيث تيريزا بوريس فلاديمير سيرغي سيرجي ديمتري دميتري ألكسندر باراك دونالد
    بيل هوغو إيفو بنيامين إيهود شمعون أفيغدور نفتالي يائير موشيه كيم رونالد جيرالد ماتيو جيفري
    جيف إدوارد غوردون توني جاك كارلوس خوسيه لويس مانويل فرناندو أنطونيو ماركو سيلفيو فرانشيسكو
    ماركوس غوتيريش جوزيب مارتن يوهان ينس فولكر أورسولا كايا كريستين جانيت أنالينا شارل سيباستيان جيروم
    فيليب أوليفييه تيري ديدييه هيرفيه إريك إيريك برونو كريستيان يورغن ماتياس كارل روبرتو ألبرتو لورنزو
    جوليو فيديريكو خافيير ميغيل بيدرو رافائيل ريكاردو ليونيل كريستيانو رودريغو سيرجيو فيكتور إيغور أليكسي
    نيكولاي يوري أندريه ريشي نارندرا كامالا ليندسي نانسي تشاك ميتش كيفن جاريد إيفانكا جيريمي فالتر
    فولفغانغ وولفغانغ مارين غابرييل فولوديمير إسحاق يوآف أرييه إيتمار هيلين جوليا إيما أوليفر هاري جيمي
    بيرني مارغريت كارين فرانسيس لويجي جوزيبي ماسيمو ماريو ماريانو بابلو إيفان ستافروس أليخاندرو خوان
    مارسيلو ماكي ألبير هايكو يواكيم كلاوديا جوناثان تشارلي
    كاوه هيوا آراس دلشاد نوزاد ريباز بختيار كارزان شيرزاد رزكار
    فرهاد مهرداد بهرام جمشيد رستم بهروز فريدون داريوش كوروش شهرام كامران بيجن
    """.split()  # the last two lines: Kurdish and Persian names ("العميد كاوه شيرزاد")
)

# Given names that are also common words once ى/ي and ة/ه are folded (على = the preposition "on",
# حسن = "good", جمال = "beauty"): they never start a name on their own, only after a title or a cue.
AMBIGUOUS_GIVEN_NAMES = set("علي عمر سعيد جمال كمال نور منى هدى عادل كريم ناصر صالح رشيد أمين حسن زكي أمل فتحي وليد".split())
# … of which these, right before a name, are its first word ("عادل منصور الحديثي"). Not "على" (folded
# "علي"): in "أثنى على محمد العمري" it is the preposition. (Nor the word-like names below: "بعد انتصار
# محمد مرسي", "نجاح محمد صلاح".)
NAME_OPENING_AMBIGUOUS = AMBIGUOUS_GIVEN_NAMES - {"علي"}

# More given names that are common words ("صباح" morning, "جمعة" Friday, "خليفة" successor, "مساعد"
# assistant, "تركي" Turkish, "خلف" behind): names after a title ("المشير خليفة حفتر") and in a run
# ("فوزي جمعة"), but, like the ones above, never the start of a name by themselves ("يقفوا خلف
# اللاعبين", "خلف القضبان").
WORDLIKE_GIVEN_NAMES = set(
    """
    صباح جمعة مساعد سلطان نجاح خليفة عيد فريد نجم بدر ثابت شمس عامر فضل عطية عطا حاكم فارس معين آمال
    فلاح صدام تمام ناجح انتصار هلال بسمة مؤيد مطلق ميلاد نجاة راتب ثائر خضر حميد مفيد حكيم غانم شهاب
    شاكر منذر مفتاح صديق رافع نعمة وردة فائز نديم زكية نبيلة منيرة عواطف دعاء هيا سعيدة تركي حبيب محرز
    بندر خلف طاهر عارف رجاء لطيف نسيم جليل رحيم كامل
    نزهة حفيظة كريمة عزيزة حبيبة خيرة جليلة شريفة رحمة حياة ربيعة
    """.split()
)
ARABIC_GIVEN_NAMES |= WORDLIKE_GIVEN_NAMES
AMBIGUOUS_GIVEN_NAMES |= WORDLIKE_GIVEN_NAMES

# Names shaped like verbal nouns or broken plurals (``words.VERBAL_NOUN_SHAPES``), which still open a
# name: "الوزير تيسير الخطيب", "الناشط تقادم الخطيب", "أبرار نعمان" (but "الوزير تشكيل لجنة" names nobody).
VERBAL_NOUN_SHAPED_NAMES = set(
    """
    تيسير إحسان اعتدال إخلاص إنعام إقبال تغريد اعتماد ابتهال انشراح امتثال أبرار أنمار أغصان أحلام أفنان
    أشواق أمجاد أزهار تقادم تشانغ تماضر تمارا
    """.split()
)

# Names shaped like a present verb (``words.PRESENT_VERB_SHAPES``), which still open a name: "يعرب",
# and the Turkish يلدز.
VERB_SHAPED_NAMES = set("يعرب يلدز".split())

# Letters that transliterations of one foreign name use interchangeably (Cuggins: كاغينز / كاغينس,
# Miles: مايلز / مايلس; g as غ / ج / ق / ك / گ). Each class folds to its first letter in a sound key.
SOUND_CLASSES = ("زسصثذظ", "غجقكگ", "تط", "دض", "هحخ", "اعء")

# The start of a foreign name where ش is German s before t or p (Steinmeier: شتاينماير / ستاينماير;
# Spahn: شبان / سبان): it folds with the s class there.
GERMAN_S_INITIALS = ("شت", "شب")

# A Spanish ll, written ل or left out before a vowel letter after ي (Villardi: فيلاردي / فياردي;
# Villarreal: فيلاريال / فياريال; Castillo: كاستيلو / كاستيو): inside a foreign name's sound key the
# ل drops there. (Not William, ويليام / وليام, whose ل stands before ي.)
SPANISH_LL = ("يلا", "يلو")

# Letters dropped from a sound key inside a foreign name: long vowels, which transliterations add
# or omit at will (كاغينز / كيغنيز / كغينز).
VOWEL_LETTERS = "اويىآأإ"
# … and the letters of the sound v, which is also written و (a vowel letter, dropped): dropped inside a
# foreign name with them (Lindqvist: ليندكفيست / ليندكويست / لیندکویست).
V_LETTERS = "فڤ"
# … and at the start of a name, where v is written with one of these or و (Wikström: فيكستروم /
# ويكستروم / ویکستروم): they fold to one letter there, in names of V_INITIAL_MIN letters or more only
# (وانغ and فانغ, Wang and Fang, are two names).
V_INITIALS = "فڤو"
V_INITIAL_MIN = 6

# A Spanish b or v, one sound there, written ب or ف (Javier: خافيير / خابيير; Rivera: ريفيرا / ريبيرا):
# ب is dropped inside a foreign name's sound key, as V_LETTERS are. (A name's first letter stays: Bill
# and Phil, بيل and فيل, are two names.)
SPANISH_B_LETTERS = "ب"

# A German dt at the end of a name, written دت or ت (Schmidt: شميدت / شميت; Brandt: براندت / برانت;
# Arendt: أرندت / أرنت): it folds to ت in a sound key.
GERMAN_DT_ENDINGS = ("دت",)

# A German ch at the end of a name or before its final t, written ش or خ (Brecht: بريشت / برخت;
# Dietrich: ديتريش / ديتريخ; Friedrich: فريدريش / فريدريخ): ش folds to خ there, in names of
# GERMAN_CH_MIN letters or more (بوش, Bush, and مارش stay).
GERMAN_CH_ENDINGS = {"ش": "خ", "شت": "خت"}
GERMAN_CH_MIN = 6

# Second parts of compound given names: "حسام الدين", "عبد الله", "نور الدين" — an ال- word that does
# not end the name.
COMPOUND_NAME_PARTS = ("الدين", "الله", "الرحمن", "الرحيم", "الإسلام", "العابدين",
                       "الكريم")  # "عوض الكريم", "فضل الكريم" (Sudan)

# Persian surname suffixes, written glued to the name before them, apart from it, or after a
# zero-width non-joiner that the matching view drops: "نيكبور" = "نيك بور" = "نیک‌پور", "حسن زاده" =
# "حسنزاده". A person's name is matched with them glued on.
PERSIAN_SURNAME_SUFFIXES = ("پور", "زاده", "نیا", "فر", "وند")

# Marks that join the two halves of one foreign name word with no space around them: "جان-إيف
# لودريان", "هانس-يورغن كلايبر" (Jean-Yves, Hans-Jürgen). Other outlets write the halves apart, so a
# name is matched with the mark read as a space. (A dash with spaces, or before a role, "مرسي-رئيس
# الجمهورية", is punctuation.)
NAME_HYPHENS = ("-", "‐", "‑")

# Particles inside a foreign name that are common words in Arabic: the French article Le ("جان إيف لو
# دريان", "مارين لو بان": "لو" is "if") and the Dutch or German der after van/von ("أورسولا فون دير
# لاين": "دير" is a monastery). Inside a name, after a word that is no native given name and before
# one more name word, they are part of the name.
NAME_PARTICLES = ("لو", "دير")

# Name words in ه that are no feminine noun's ة: the Turkish "قره" (Kara: "أورهان قره جام") and the
# Kurdish "حمه" (Hama: "العقيد زياد حمه أمين", "حمه الهمامي"). They stay words of a name.
HEH_NAME_WORDS = ("قره", "حمه")

# Endings of French family names written with ه, never a feminine noun's ة: -ier, -iet, -ié ("بارنييه",
# "ديدييه", "بوفرييه", "دوفالييه"). They stay name words where a word in ه (folded ة) is read as a noun.
FOREIGN_NAME_ENDINGS = ("ييه",)

# Native names written two ways, each with the spelling its bearer is matched by: "داوود" / "داود"
# (203 and 255 times in the shared corpus), "يحي" / "يحيى", "رؤف" / "رؤوف", "ابرهيم" / "إبراهيم".
NAME_SPELLINGS = {"داوود": "داود", "يحي": "يحيى", "رؤف": "رؤوف", "رءوف": "رؤوف", "ابرهيم": "إبراهيم"}

# Shapes of family names in ة, the broken plural of a clan (written with ف ع ل for the root letters,
# after ال-): "الرواشدة", "المعايطة", "الطراونة", "العبادلة". They end a name after its other words
# ("سليم عبد الهادي الرواشدة"), where a feminine noun would not stand.
FAMILY_PLURAL_SHAPES = ("فعاللة",)

# "The family of", before a Gulf family name, which ends the name whatever word it is: "ياسر آل ضاوي",
# "محمد بن عبدالرحمن آل ثاني" (ثاني is "second"), "عبدالله آل الشيخ".
FAMILY_OF = "آل"

# Words linking a name to the father's or family name: "بن"/"ابن"/"بنت" everywhere, and the Mauritanian
# "ولد" (son of) and "منت" (daughter of): "محمد الأمين ولد سيدي", "مريم منت أحمد". The name goes on
# after them even past an ال- part ("محمد الأمين بن سالم"), and a name never ends on one.
PATRONYMIC_LINKS = ("بن", "ابن", "بنت", "ولد", "منت")

# Second parts a compound given name is often written without, in another outlet or later in the
# same one: "عماد الدين أديب" is "عماد أديب", "سعد الدين الهلالي" is "سعد الهلالي". ("عبد الله" is
# never shortened to "عبد", so only these.)
DROPPABLE_NAME_PARTS = ("الدين",)

# Nationality adjectives that are also common family names: right after a given name they are its
# surname ("وقال خالد المصري إن …", "هشام المصرى أحد المعتصمين", "أحمد العراقي"); anywhere else they
# stay adjectives and never start or join a name ("الرئيس المصري محمد مرسي", "المرصد السوري").
NATIONALITY_SURNAMES = ("المصري", "السوري", "العراقي")

# Words that follow a title or a role as what it did, never as the holder's name: verbs of news
# narration in the past and present, third person ("الرئيس أصدر قراره", "وزير العدل قرر أن …", "الصحفي
# يعمل باحثا", "الرئيس يمارس سلطاته", "القائد العام …، وافق على إقامة …"), and adverbs of time and
# manner ("مدير أمن بورسعيد سابقا", "كلف الرئيس المرزوقي رسميا …", "وقال ساخرا: …", "وأشار الوزير
# كذلك إلى …", "وأضاف رئيس البلدية بصوت متهدج: …"), and the preposition ضمن ("حاورت الإذاعة نور الدين
# بلحاج ضمن فقرة …"). Cue verbs are
# not names already (``rules.cues``). Left out: verbs that are also names, alone or behind a clitic the
# name matcher strips (سعد، حمد، سالم، يزيد، طلب، التقى as "التقي"، يصل in "فيصل"), and عين (عين شمس).
NOT_NAME_WORDS = set(
    """
    قرر قررت يقرر وافق وافقت يوافق اتخذ اتخذت يتخذ أصدر أصدرت يصدر قام قامت يقوم سيقوم تقوم
    جاء جاءت يأتي تأتي يمكن يجب يعمل تعمل يمارس تمارس يشرف تشرف يشجع يدعو تدعو تحدث تحدثت يتحدث
    اتفق اتفقا اتفقت تبين يتبين كلف كلفت يكلف أمر أمرت يأمر بدأ بدأت يبدأ تبدأ أجرى أجرت
    يجري استقبل استقبلت يستقبل يلتقي زار زارت يزور وصل وصلت غادر غادرت يغادر توجه
    توجهت يتوجه ترأس ترأست يترأس افتتح افتتحت يفتتح شارك شاركت يشارك حضر حضرت يحضر طلبت يطلب
    منح منحت يمنح وقع وقعت يوقع أقال أقالت يقيل استقال استقالت تولى تولت يتولى حاول حاولت يحاول
    تمكن تمكنت نجح نجحت فشل فشلت عقد عقدت يعقد سيعقد أرسل أرسلت يرسل تلقى تلقت يتلقى ألقى ألقت يلقي
    ظهر ظهرت يظهر رفع يرفع وجه وجهت يوجه نفذ نفذت ينفذ أعاد أعادت يعيد أنهى أنهت ينهي
    سابقا حاليا رسميا مؤخرا لاحقا شخصيا ساخرا مازحا ضاحكا مبتسما غاضبا أيضا كذلك كليا تماما قطعيا مجددا
    بصوت بنبرة بلهجة ضمن بشكل بشدة
    لدينا
    مؤتمرا خطابا بيانا تصريحا كلمة رسالة اجتماعا لقاء حوارا مقابلة اتصالا جولة زيارة
    سقف كلفة تكلفة سعر أسعار رسوم
    """.split()
)
# ("لدينا", we have, is also the clitic ل and the given name دينا: "نعم، لدينا معلومات مؤكدة". The
# line before the last: what one held, gave or made, the object after the subject: "وعقد الوزير مؤتمرا
# صحفيا أعلن فيه …", "وألقى الرئيس حسني مبارك خطابا أكد فيه …"; the last: what a figure was set for,
# "وحدد الوزير سقف سعر المتر بـ350 ديناراً", "وحدد الوزير كلفة الحج بـ4950 ديناراً".)

# Nouns that a building, street or institution named after a person stands behind: the name after
# them is the place's, not a person speaking ("خطيب مسجد عمر بن عبد العزيز، إن …", "لمسجد عمر بن
# عبدالعزيز بشارع الميرغني").
NAMED_AFTER_HEADS = set(
    """
    مسجد جامع شارع ميدان مدرسة مستشفى جامعة كلية معهد مركز قاعة مطار ميناء حي ضريح مقام مكتبة مؤسسة
    """.split()
)
