import Foundation
import Testing
@testable import SluiceBoilerplate

struct HTMLBlockRuleTests {
    /// Builds extracted text (one block per line) and its block list.
    private struct Page {
        var text = ""
        var blocks: [BoilerplateBlock] = []

        mutating func add(_ s: String, tag: String = "p", path: String = "html>body>div>article>p",
                          classes: [String] = [], links: Double = 0, heading: Int = 0) {
            let start = text.utf8.count
            text += s
            blocks.append(BoilerplateBlock(start: start, end: text.utf8.count, tag: tag, tagPath: path,
                                           classAndID: classes, linkTextShare: links, headingLevel: heading,
                                           depth: path.split(separator: ">").count))
            text += "\n"
        }
    }

    private let paragraph1 = "The city council voted on Tuesday to expand the tram network by twelve kilometres, a plan that has been debated for nearly a decade and will cost an estimated 400 million euros."
    private let paragraph2 = "Supporters say the new lines will cut car traffic in the centre, while opponents argue that the money would be better spent on buses and on repairing existing tracks."
    private let paragraph3 = "Construction is due to start next spring, and the first section should open to passengers in 2028 if the timetable holds, the transport department said in a statement."

    private func keptText(_ page: Page, title: String? = nil, config: BoilerplateConfig = BoilerplateConfig()) -> (String, [Removal]) {
        let removals = BoilerplateClassifier(config: config).classifyHTMLBlocks(page.text, blocks: page.blocks, title: title)
        return (BoilerplateClassifier.apply(removals, to: page.text), removals)
    }

    @Test func keepsArticleRemovesChrome() {
        var page = Page()
        page.add("Home", tag: "a", path: "html>body>header>nav>ul>li", classes: ["main-nav"], links: 1)
        page.add("World", tag: "a", path: "html>body>header>nav>ul>li", classes: ["main-nav"], links: 1)
        page.add("Council approves tram expansion", tag: "h1", path: "html>body>div>article>h1", heading: 1)
        page.add(paragraph1, classes: ["article-body"])
        page.add("Advertisement", tag: "div", path: "html>body>div>article>div", classes: ["ad-slot"])
        page.add(paragraph2, classes: ["article-body"])
        page.add("Why the tram matters", tag: "h2", path: "html>body>div>article>h2", heading: 2)
        page.add(paragraph3, classes: ["article-body"])
        page.add("Share on Facebook", tag: "a", path: "html>body>div>article>div>a", classes: ["share-tools"], links: 1)
        page.add("Most read: Storm closes airport; Prices rise again; Team wins cup", tag: "li",
                 path: "html>body>aside>ul>li", classes: ["sidebar"], links: 0.9)
        page.add("© 2025 Example News. All rights reserved.", tag: "p", path: "html>body>footer>p", classes: ["site-footer"])
        let (kept, removals) = keptText(page)
        #expect(kept.contains(paragraph1) && kept.contains(paragraph2) && kept.contains(paragraph3))
        // The headline goes by default (the decoder reports the title); subheadings stay.
        #expect(!kept.contains("Council approves tram expansion"))
        #expect(removals.contains { $0.rule == BoilerplateRule.htmlHeadline })
        #expect(kept.contains("Why the tram matters"))
        for gone in ["Home", "World", "Advertisement", "Share on Facebook", "Most read", "All rights reserved"] {
            #expect(!kept.contains(gone), "\(gone) should be removed")
        }
        #expect(removals.allSatisfy { !$0.rule.isEmpty })
    }

    @Test func linkHeavyBlocksInsideArticleGo() {
        var page = Page()
        page.add(paragraph1)
        page.add("Related: Tram fares to rise · Bus lanes extended · New bridge opens", tag: "ul",
                 path: "html>body>div>article>ul", links: 0.95)
        page.add(paragraph2)
        let (kept, removals) = keptText(page)
        #expect(!kept.contains("Tram fares to rise"))
        #expect(removals.contains { $0.rule == BoilerplateRule.htmlLinkDensity })
        #expect(kept.contains(paragraph2))
    }

    @Test func commentsAfterArticleGo() {
        var page = Page()
        page.add(paragraph1, path: "html>body>main>article>p")
        page.add(paragraph2, path: "html>body>main>article>p")
        page.add("12 Comments", tag: "h3", path: "html>body>main>section>h3", classes: ["comments-area"], heading: 3)
        page.add("I think this is a terrible idea and the council should resign over it, honestly, they never listen.",
                 path: "html>body>main>section>ol>li>p", classes: ["comments-area", "comment-body"])
        let (kept, _) = keptText(page)
        #expect(kept.contains(paragraph1) && kept.contains(paragraph2))
        #expect(!kept.contains("terrible idea"))
        #expect(!kept.contains("12 Comments"))
    }

    @Test func titleBlockIsKeptEvenAwayFromBody() {
        var page = Page()
        page.add("Tram plan approved", tag: "h1", path: "html>body>div>h1", heading: 1)
        page.add("Menu", tag: "a", path: "html>body>div>ul>li>a", links: 1)
        page.add("Search", tag: "a", path: "html>body>div>ul>li>a", links: 1)
        page.add("Log in", tag: "a", path: "html>body>div>ul>li>a", links: 1)
        page.add(paragraph1)
        page.add(paragraph2)
        var config = BoilerplateConfig()
        config.htmlKeepHeadline = true
        let (kept, _) = keptText(page, title: "Tram plan approved", config: config)
        #expect(kept.hasPrefix("Tram plan approved\n"))
        #expect(!kept.contains("Menu") && !kept.contains("Log in"))
    }

    @Test func headlineMatchingTitleGoesByDefault() {
        var page = Page()
        page.add("Tram plan approved", tag: "h1", path: "html>body>div>h1", heading: 1)
        page.add(paragraph1)
        page.add(paragraph2)
        let (kept, _) = keptText(page, title: "Tram plan approved")
        #expect(!kept.contains("Tram plan approved"))
        #expect(kept.contains(paragraph1) && kept.contains(paragraph2))
    }

    @Test func nearestClassTokenDecides() {
        var page = Page()
        // Chrome inside the article body: the nearest token (`share-tools`) wins over `article-body`.
        page.add(paragraph1, classes: ["article-body"])
        page.add("Share this story with your friends and family on your favourite network today.",
                 path: "html>body>div>article>div>p", classes: ["article-body", "share-tools"])
        page.add(paragraph2, classes: ["article-body"])
        // Body inside a layout wrapper named after the sidebar: the nearer `entry-content` wins.
        page.add(paragraph3, classes: ["page-sidebar-layout", "entry-content"])
        let (kept, removals) = keptText(page)
        #expect(!kept.contains("Share this story"))
        #expect(removals.contains { $0.rule == BoilerplateRule.htmlHint })
        #expect(kept.contains(paragraph1) && kept.contains(paragraph2) && kept.contains(paragraph3))
    }

    @Test func stateTaxonomyAndModifierTokensDecideNothing() {
        func evidence(_ token: String) -> HTMLHints.Evidence {
            var t = token
            return t.withUTF8 { HTMLHints.classify($0, 0..<$0.count) }
        }
        #expect(evidence("share-tools") == .negative)
        #expect(evidence("sidebar") == .negative)
        #expect(evidence("entry-content") == .positive)
        #expect(evidence("Article__Body") == .positive)
        #expect(evidence("has-sidebar") == .none)
        #expect(evidence("tag-comments") == .none)
        #expect(evidence("category-video") == .none)
        #expect(evidence("card--promo") == .none)
        #expect(evidence("story--promo") == .positive)
        #expect(evidence("clearfix") == .none)
    }

    @Test func regionBridgesBoilerplateBetweenBodyParts() {
        var page = Page()
        let body = ["post__content", "wysiwyg"]
        page.add(paragraph1, path: "html>body>div>div>div>section>div>p", classes: body)
        page.add(paragraph2, path: "html>body>div>div>div>section>div>p", classes: body)
        // A sidebar and a caption between the two parts of the body, five blocks.
        for label in ["Share this article", "Copied!", "Newsletter", "Get the magazine delivered to your inbox"] {
            page.add(label, tag: "p", path: "html>body>div>div>aside>div>p", classes: ["post__sidebar"])
        }
        page.add("Video: a talk about trams. Photo: City archive", tag: "p", path: "html>body>div>figure>figcaption>p")
        // The second part sits two levels deeper, styled like the first.
        page.add(paragraph3, path: "html>body>div>div>div>div>div>section>div>p", classes: body)
        page.add("The council will publish the detailed route maps in the coming weeks, officials said on Tuesday evening.",
                 path: "html>body>div>div>div>div>div>section>div>p", classes: body)
        page.add(paragraph1 + " More.", path: "html>body>div>div>div>div>div>section>div>p", classes: body)
        let (kept, _) = keptText(page)
        #expect(kept.contains(paragraph2) && kept.contains(paragraph3) && kept.contains("route maps"))
        #expect(!kept.contains("Newsletter") && !kept.contains("Copied!"))
    }

    @Test func proseWithSeveralLinksStaysInsideTheBody() {
        var page = Page()
        page.add(paragraph1)
        page.add("Read the full report from the transport department and the council's own summary of the plan.",
                 links: 0.6)
        page.add(paragraph2)
        page.add(paragraph3)
        let (kept, _) = keptText(page)
        #expect(kept.contains("Read the full report"))
    }

    @Test func teaserCardsAfterTheArticleGo() {
        var page = Page()
        page.add(paragraph1)
        page.add(paragraph2)
        page.add(paragraph3)
        page.add("More stories", tag: "h2", path: "html>body>div>article>div>h2", heading: 2)
        for (title, blurb) in [("Bus fares frozen", "The city will keep bus fares at their current level until the end of next year."),
                               ("Bridge reopens", "The old bridge reopened to cyclists after two years of repairs and delays."),
                               ("Parking rules", "New parking rules for the centre take effect in March, the council said.")] {
            page.add(title, tag: "div", path: "html>body>div>article>div>div>div", classes: ["card-title"], links: 1)
            page.add(blurb, tag: "div", path: "html>body>div>article>div>div>div", classes: ["card-blurb"])
        }
        let (kept, _) = keptText(page)
        #expect(kept.contains(paragraph3))
        for gone in ["Bus fares frozen", "bus fares at their", "old bridge reopened", "New parking rules"] {
            #expect(!kept.contains(gone), "\(gone) should be removed")
        }
    }

    @Test func htmlFamilyCanBeDisabled() {
        var page = Page()
        page.add("Home", tag: "a", path: "html>body>nav>a", links: 1)
        page.add(paragraph1)
        var config = BoilerplateConfig()
        config.enabledFamilies.remove(.html)
        #expect(BoilerplateClassifier(config: config).classifyHTMLBlocks(page.text, blocks: page.blocks, title: nil).isEmpty)
    }
}
