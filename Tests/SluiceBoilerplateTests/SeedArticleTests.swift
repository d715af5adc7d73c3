import Foundation
import Testing
@testable import SluiceBoilerplate

/// Plain-text mode on the five real seed articles: UI lines, ads and teasers go, every
/// paragraph of the article body stays.
struct SeedArticleTests {
    let classifier = BoilerplateClassifier()

    private func run(_ prefix: String) throws -> (kept: [String], all: [String]) {
        let text = try SeedFixtures.text(prefix)
        let removals = classifier.classifyPlainText(text)
        return (SeedFixtures.keptLines(text, removals), SeedFixtures.lines(text))
    }

    @Test func scmpAudioWidgetAdsAndNavigationGo() throws {
        let (kept, all) = try run("000_")
        for ui in ["Advertisement", "Select Voice", "Choose your listening speed", "Get through articles 2x faster",
                   "1.25x", "250 WPM", "Slow", "Average", "Fast", "Reading Time:4 minutes",
                   "Why you can trust SCMP", "9", "United States", "WorldUnited States & Canada", "Associated Press"] {
            #expect(!kept.contains(ui), "\(ui) should be removed")
        }
        // Headline, summary bullets and every body paragraph stay.
        #expect(kept.contains { $0.hasPrefix("Ukraine war: US vowed to isolate Russia") })
        #expect(kept.contains { $0.hasPrefix("• Washington’s efforts to shun Moscow") })
        for p in all where p.hasPrefix("The Biden administration") || p.hasPrefix("President Vladimir Putin has been")
            || p.hasPrefix("And on Wednesday") || p.hasPrefix("The handshakes") || p.hasPrefix("Even as he announced")
            || p.hasPrefix("US officials say") {
            #expect(kept.contains(p), "body paragraph lost: \(p.prefix(40))")
        }
    }

    @Test func cleanArticleIsUntouched() throws {
        let text = try SeedFixtures.text("001_")
        #expect(classifier.classifyPlainText(text).isEmpty)
    }

    @Test func responsibleStatecraftTeasersAndWidgetsGo() throws {
        let (kept, all) = try run("002_")
        for ui in ["Follow us on social", "Blinken-1-scaled", "Analysis | Europe", "keep readingShow less", "LATEST",
                   "QIOSK", "Newsletter", "Latin America's hidden role in shaping US foreign policy",
                   "Not for Greg Grandin.", "US missile depletion from Houthi, Israel conflicts may shock you",
                   "But just how alarmed should we really be?", "Hiroshima",
                   "Symposium: Why was Japan the only nuclear holocaust in 80 yrs?"] {
            #expect(!kept.contains(ui), "\(ui) should be removed")
        }
        #expect(!kept.contains { $0.hasPrefix("Subscribe now to our weekly round-up") })
        #expect(!kept.contains { $0.hasPrefix("Eighty years ago today") })
        #expect(!kept.contains { $0.hasPrefix("Historic levels of air defense missiles") })
        #expect(kept.contains("Blinken cancels meeting with Lavrov, citing Russian 'invasion'"))
        let body = all.filter {
            $0.hasPrefix("The move follows") || $0.hasPrefix("The much-anticipated") || $0.hasPrefix("\"Now that we see")
                || $0.hasPrefix("According to CNN") || $0.hasPrefix("The Blinken-Lavrov meeting")
                || $0.hasPrefix("Up until now") || $0.hasPrefix("Blinken said talks")
        }
        #expect(body.count == 7)
        for p in body { #expect(kept.contains(p), "body paragraph lost: \(p.prefix(40))") }
    }

    @Test func headingsStayCommentPromptGoes() throws {
        let (kept, all) = try run("003_")
        #expect(!kept.contains("Post a Comment"))
        for h in ["Putin's Track Record", "The Ukraine Conflict", "The Poisoning of Alexei Navalny",
                  "Cyberattacks and Disinformation Campaigns"] {
            #expect(kept.contains(h), "heading lost: \(h)")
        }
        #expect(kept.count == all.count - 1)
    }

    @Test func readAlsoListGoes() throws {
        let (kept, all) = try run("004_")
        #expect(!kept.contains("Read also:"))
        #expect(!kept.contains { $0.hasPrefix("- ") })
        #expect(kept.count == all.count - 5)
        #expect(kept.first == "Putin's First Westbound Journey Since Ukraine Conflict's Outset Coincides with US-Russia Meeting")
    }

    @Test func everyRemovalNamesItsRule() throws {
        for prefix in ["000_", "002_", "003_", "004_"] {
            let text = try SeedFixtures.text(prefix)
            let removals = classifier.classifyPlainText(text)
            #expect(!removals.isEmpty)
            var last = 0
            for r in removals {
                #expect(!r.rule.isEmpty)
                #expect(r.start >= last && r.end > r.start && r.end <= text.utf8.count)
                last = r.end
            }
        }
    }
}
