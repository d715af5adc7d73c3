import Foundation
import Testing
@testable import SluiceSentences

/// German, French, Spanish and Russian: abbreviation lists and quotation conventions.
struct LanguageTests {
    static func split(_ language: String, _ text: String) -> [String] {
        SentenceSegmenter(language: language).sentences(text).map(String.init)
    }

    @Test func germanAbbreviationsAndOrdinals() {
        #expect(LanguageTests.split("de", "Das Treffen ist am 3. Oktober in Berlin. Dr. Müller kommt z. B. auch.")
                == ["Das Treffen ist am 3. Oktober in Berlin.", "Dr. Müller kommt z. B. auch."])
        #expect(LanguageTests.split("de", "Er kam im Jahr 2023. Die Lage war ernst.")
                == ["Er kam im Jahr 2023.", "Die Lage war ernst."])
        #expect(LanguageTests.split("de", "Siehe Nr. 5 und vgl. Abs. 2 des Gesetzes. Danach folgt mehr.")
                == ["Siehe Nr. 5 und vgl. Abs. 2 des Gesetzes.", "Danach folgt mehr."])
    }

    @Test func germanQuotes() {
        #expect(LanguageTests.split("de", "„Wir schaffen das.“ Sie lächelte. „Wirklich?“ Er nickte.")
                == ["„Wir schaffen das.“", "Sie lächelte.", "„Wirklich?“", "Er nickte."])
    }

    @Test func frenchAbbreviationsAndGuillemets() {
        #expect(LanguageTests.split("fr", "M. Dupont est arrivé hier. « C'est fini. » Mme Martin a souri.")
                == ["M. Dupont est arrivé hier.", "« C'est fini. »", "Mme Martin a souri."])
        #expect(LanguageTests.split("fr", "Voir p. 12 et chap. 3 du rapport. Il est long.")
                == ["Voir p. 12 et chap. 3 du rapport.", "Il est long."])
    }

    @Test func spanishInvertedMarks() {
        #expect(LanguageTests.split("es", "¿Dónde está el Sr. García? ¡No lo sé! La Dra. López llegó tarde.")
                == ["¿Dónde está el Sr. García?", "¡No lo sé!", "La Dra. López llegó tarde."])
        #expect(LanguageTests.split("es", "Viajó a EE.UU. en 2020. Después volvió.")
                == ["Viajó a EE.UU. en 2020.", "Después volvió."])
    }

    @Test func russianCyrillicCapitalsAndAbbreviations() {
        #expect(LanguageTests.split("ru", "Встреча прошла в Москве. Путин и др. участники уехали.")
                == ["Встреча прошла в Москве.", "Путин и др. участники уехали."])
        #expect(LanguageTests.split("ru", "Это случилось в 2023 г. В Москве было холодно.")
                == ["Это случилось в 2023 г.", "В Москве было холодно."])
        #expect(LanguageTests.split("ru", "Его звали А. С. Пушкин. Он писал стихи.")
                == ["Его звали А. С. Пушкин.", "Он писал стихи."])
        #expect(LanguageTests.split("ru", "«Мы готовы», — сказал он. «Когда?» Ответа не было.")
                == ["«Мы готовы», — сказал он.", "«Когда?»", "Ответа не было."])
    }

    @Test func cjkFullStops() {
        #expect(LanguageTests.split("en", "今日は晴れです。明日は雨でしょう！") == ["今日は晴れです。", "明日は雨でしょう！"])
    }
}
