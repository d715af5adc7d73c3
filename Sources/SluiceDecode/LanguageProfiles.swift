/// Small, hand-written letter inventories used to judge whether a candidate decoding reads as
/// natural text. Written for this project from general knowledge of the alphabets and of the most
/// frequent characters; no corpus or evaluation data was used.
enum LanguageProfiles {
    /// Accented letters (lower-case) of languages written in Western single-byte charsets.
    static let westernAlphabets: [String] = [
        "àâæçéèêëîïôœùûüÿ",      // French
        "äöüß",                  // German
        "áéíóúñü",               // Spanish
        "áâãàçéêíóôõú",          // Portuguese
        "àèéìíîòóùú",            // Italian
        "éèëïöüáóú",             // Dutch
        "åäöé",                  // Swedish / Finnish
        "æøåéó",                 // Danish / Norwegian
        "áðéíóúýþæö",            // Icelandic
        "àçèéíïòóúü",            // Catalan
        "áéíóú",                 // Irish
    ]

    /// Accented letters of languages written in Central European charsets.
    static let centralAlphabets: [String] = [
        "áčďéěíňóřšťúůýž",       // Czech
        "áäčďéíĺľňóôŕšťúýž",     // Slovak
        "ąćęłńóśźż",             // Polish
        "áéíóöőúüű",             // Hungarian
        "ăâîşţșț",               // Romanian
        "čćđšž",                 // Croatian / Serbian / Bosnian
        "čšž",                   // Slovenian
        "äöüß",                  // German
        "ëç",                    // Albanian
    ]

    /// Frequent Russian letters (most frequent first).
    static let russianFrequent = "оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъё"
    /// Extra Cyrillic letters of Ukrainian, Belarusian, Serbian, Macedonian.
    static let cyrillicExtra = "іїєґўђјљњћџѓќѕ"

    /// Greek lower-case letters including tonos forms.
    static let greekLetters = "αβγδεζηθικλμνξοπρστυφχψωςάέήίόύώϊϋΐΰ"

    /// Frequent Chinese characters, simplified and traditional forms (shared forms once).
    static let chineseFrequent =
        "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态护七兴派孩验责营星够章音跟志底站严巴例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印晚兰试股拿脑预谁益阳若哪微尼继送急血惊伤素药适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢雷警获模充负云停木游龙树疑层冷洲冲射略范竟句室异激汉村哈策演简卡罪判担州静退既衣您宗积余痛检差富灵协角占配征修皮挥胜降阶审沉坚善妈刘读啊超免压银买皇养伊怀执副乱抗犯追帮宣佛岁航优怪香著田铁控税左右份穿艺背阵草脚概恶块顿敢守酒岛托央户烈洋哥索胡款靠评版宝座释景顾弟登货互付伯慢欧换闻危忙核暗姐介坏讨丽良序升监临亮露永呼味野架域沙掉括舰鱼杂误湾吉减编楚肯测败屋跑梦散温困剑渐封救贵枪缺楼县尚毫移娘朋画班智亦耳恩短掌恐遗固席松秘谢鲁遇康虑幸均销钟诗藏赶剧票损忽巨炮旧端探湖录叶春乡附吸予礼港雨呀板庭妇归睛饭额含顺输摇招婚脱补谓督毒油疗旅泽材灭逐莫笔亡鲜词圣择寻厂睡博勒烟授诺伦岸奥唐卖俄炸载洛健堂旁宫喝借君禁阴园谋宋避抓荣姑孙逃牙束跳顶玉镇雪午练迫爷篇肉嘴馆遍凡础洞卷坦牛宁纸诸训私庄祖丝翻暴森塔默握戏隐熟骨访弱蒙歌店鬼软典欲萨伙遭盘爸扩盖弄雄稳忘亿刺拥徒姆杨齐赛趣曲刀床迎冰虚玩析窗醒妻透购替塞努休虎扬途侵刑绿兄迅套贸毕唯谷轮库迹尤竞街促延震弃甲伟麻川申缓潜闪售灯针哲络抵朱埃抱鼓植纯夏忍页杰筑折郑贝尊吴秀混臣雅振染盛怒舞圆搞狂措姓残秋培迷诚宽宇猛摆梅毁伸摩盟末乃悲拍丁赵球镜员" +
        "這個們來為國說時會對發後過還進動現當種經與開關長門間問聽點頭體兩應裡產親書從氣無樂樣讓壓術學實問題業務電話難聲東車軍紀軟記風設計該總給語見覺視觀認識論讀請計資議讓則傳專區醫華華張陳劉楊黃趙吳鄭術數據網絡統運營層環變歷戰爭勝負權決選舉團隊聯盟標準質價錢買賣貨銀幣場廣報導編輯歲號線時間報紙雜誌級單類節處歡愛憂獨屬藝鐘錯閱隨飛驗鮮鳥齊齡龍億億億剛劃創務勢勞區協廠員圓圖圖場壞夢屆師幾廳彈徵態憲擊擔據擁攜斷於無煙熱爾獎現畫異療發盡監確禮種穩窮築簡紅約級紙細結絕給統絲經綠維緊線練縣總織繼續罰聖職聯聞肅腦興舉舊藥蘇處號術衛補複觀規視親言計訓記設許試話該詳認誤說誰調談論證識警議護讀變讓豐貝負財貨貴買費資賽趕趨跡躍車軌載輕輪辦農這連週進運過道達違遠適選遺還邊郵鄉醫針銷鋼錄錢鐵長開閉閒間關陣陰際險隨雖雙雜雞離電頁頂項順須預領頭題額顏類顯風飛養館馬駐驗鬥魚鳳點黨齊"

    /// Frequent Korean syllables.
    static let koreanFrequent =
        "이다의는에고하가지을를서기사한로자리어도시대수일인국정나부있적것들게해아으니주전라내상보년위그우구소성제요만원과문동회여장조면중경연미학생무방화관신발실공은던습니까했었는데서도로서며하고에서으로부터까지처럼보다지만에게한테께서라고이라고했다였다된다된합니다입니다있다없다같다말그녀남기가보이유터디어엔마음사람때문우리너저또더못안잘좀다시많이오늘내일어제지금여기거기무엇누구어디언제왜어떻게대한민국서울한국세계정부경제사회문화교육기업시장가격대통령의원선거법원검찰경찰사건사고뉴스기자영화배우가수노래드라마방송프로그램" +
        "것으면면서도록려고겠다니다습니다었습니다았습니다세요시오해요어요아요예요네요군요죠지요까요나요"

    /// Returns whether a scalar is a CJK unified ideograph (BMP block).
    @inline(__always) static func isHan(_ v: UInt32) -> Bool { v >= 0x4E00 && v <= 0x9FFF }
    /// Hiragana or full-width katakana (plus the prolonged sound mark).
    @inline(__always) static func isKana(_ v: UInt32) -> Bool { (v >= 0x3041 && v <= 0x30FF) }
    /// Half-width katakana.
    @inline(__always) static func isHalfwidthKana(_ v: UInt32) -> Bool { v >= 0xFF66 && v <= 0xFF9F }
    /// Hangul syllable.
    @inline(__always) static func isHangul(_ v: UInt32) -> Bool { v >= 0xAC00 && v <= 0xD7A3 }
    /// CJK punctuation and full-width forms.
    @inline(__always) static func isCJKPunctuation(_ v: UInt32) -> Bool {
        (v >= 0x3000 && v <= 0x303F) || (v >= 0xFF01 && v <= 0xFF65) || (v >= 0xFFE0 && v <= 0xFFEE)
    }
    /// General punctuation that real text in any script uses.
    static let commonPunctuation: Set<UInt32> = Set("\u{A0}“”‘’„‚«»–—…•·°©®™€£§¡¿‹›″′№".unicodeScalars.map(\.value))

    static let westernSets: [Set<UInt32>] = westernAlphabets.map(letterSet)
    static let centralSets: [Set<UInt32>] = centralAlphabets.map(letterSet)
    static let chineseSet: Set<UInt32> = Set(chineseFrequent.unicodeScalars.map(\.value))
    static let koreanSet: Set<UInt32> = Set(koreanFrequent.unicodeScalars.map(\.value))
    static let russianSet: Set<UInt32> = Set(russianFrequent.unicodeScalars.map(\.value))
    static let russianTop: Set<UInt32> = Set(russianFrequent.unicodeScalars.prefix(16).map(\.value))
    static let cyrillicExtraSet: Set<UInt32> = Set(cyrillicExtra.unicodeScalars.map(\.value))
    static let greekSet: Set<UInt32> = Set(greekLetters.unicodeScalars.map(\.value))

    /// Lower- and upper-case forms of the letters of `alphabet`.
    private static func letterSet(_ alphabet: String) -> Set<UInt32> {
        var s = Set<UInt32>()
        for ch in alphabet.unicodeScalars {
            s.insert(ch.value)
            for u in String(ch).uppercased().unicodeScalars where u.value >= 0x80 { s.insert(u.value) }
        }
        return s
    }
}
