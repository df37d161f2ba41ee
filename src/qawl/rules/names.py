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
    محيي
    """.split()
)

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
    """.split()
)

# Given names that are also common words once ى/ي and ة/ه are folded (على = the preposition "on",
# حسن = "good", جمال = "beauty"): they never start a name on their own, only after a title or a cue.
AMBIGUOUS_GIVEN_NAMES = set("علي عمر سعيد جمال كمال نور منى هدى عادل كريم ناصر صالح رشيد أمين حسن زكي أمل فتحي وليد".split())

# Letters that transliterations of one foreign name use interchangeably (Cuggins: كاغينز / كاغينس,
# Miles: مايلز / مايلس; g as غ / ج / ق / ك / گ). Each class folds to its first letter in a sound key.
SOUND_CLASSES = ("زسصثذظ", "غجقكگ", "تط", "دض", "هحخ", "اعء")

# Letters dropped from a sound key inside a foreign name: long vowels, which transliterations add
# or omit at will (كاغينز / كيغنيز / كغينز).
VOWEL_LETTERS = "اويىآأإ"

# Second parts of compound given names: "حسام الدين", "عبد الله", "نور الدين" — an ال- word that does
# not end the name.
COMPOUND_NAME_PARTS = ("الدين", "الله", "الرحمن", "الرحيم", "الإسلام", "العابدين")
