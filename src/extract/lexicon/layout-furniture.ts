/**
 * Patterns for page furniture: lines a copied web page carries around the
 * article that must never feed extraction. Each pattern is tested against one
 * whole trimmed line (at most a few hundred characters), so none needs to
 * scan unbounded text.
 */
export const FURNITURE_LINE_PATTERNS: readonly RegExp[] = [
  // "RELATED Tillerson heads to Moscow", "Related: …", "Related coverage"
  /^RELATED\b/,
  /^Related(?:\s+(?:articles?|stories|story|coverage|content|news|links?|topics?|reading|videos?))?\s*[:|»›-]/i,
  /^Related\s+(?:articles?|stories|coverage|content|news|links|topics|reading|videos?)$/i,
  /^(?:Latest|Top|More|Trending|Recommended|Popular|Editors?'?s?|Breaking|Featured|Most\s+(?:Popular|Read|Viewed|Shared|Watched))(?:\s+(?:Headlines|Stories|News|Videos?|Articles|Posts|Picks|Now|Today|Choice|Reads?|Popular|Read|Viewed|from\s+.{1,40}|in\s+.{1,40}|on\s+.{1,40}))?\s*:?$/i,
  /^(?:Advertisement|Advert|Sponsored(?:\s+content)?|Paid\s+content|Promoted|Story continues below.{0,40})$/i,
  // Reading prompts a page puts between paragraphs: "Article continues after this advertisement",
  // "Continue reading the main story", "Scroll to continue with content".
  /^(?:Article|Story)\s+continues(?:\s+(?:after|below)\b.{0,40})?$/i,
  /^Continue\s+reading(?:\s+(?:the\s+main\s+story|below|here))?$/i,
  /^Scroll\s+(?:down\s+)?to\s+continue\b.{0,40}$/i,
  // Buttons copied as text: comments, links, gifts, printing, captions and a video's timer.
  /^(?:Show|View|Hide|Load|Read)\s+(?:all\s+)?(?:\d{1,5}\s+)?comments?$/i,
  /^Join\s+the\s+(?:conversation|discussion)$/i,
  /^(?:Copy(?:\s+the)?\s+link|Link\s+copied)$/i,
  /^Gift\s+(?:this\s+)?(?:article|story)$/i,
  /^Print\s+(?:this\s+)?(?:page|article|story)$/i,
  /^(?:Toggle|Hide|Show)\s+caption$/i,
  /^\d{1,2}:\d{2}(?::\d{2})?\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?$/,
  // A newsletter box's prompts: "Enter your email address", "Thank you for signing up!".
  /^Enter\s+your\s+email(?:\s+address)?$/i,
  /^Thank\s+you\s+for\s+(?:signing\s+up|subscribing)\b.{0,40}$/i,
  /^(?:Read|See|Watch|Listen)\s*(?:more|next|also|the\s+full\b.{0,60}|full\s+.{0,60}|now|here|live)?\s*(?:[:»›|].{0,120})?$/i,
  /^(?:Read|See)\s+(?:more|also)\b.{0,150}$/i,
  /^Share\s+(?:this|on|via|the|full|article|story|page)\b.{0,60}$/i,
  // "Share", or with its counter glued on as copied ("share2").
  /^Share\s*\d{0,5}$/i,
  /^(?:Read|Open|Continue|Listen)\s+in\s+(?:the\s+)?app$/i,
  /^Save\s+(?:this\s+)?(?:articles?|stories|story)\s+(?:to|for)\s+read(?:ing)?\s+later\b.{0,100}$/i,
  /^(?:Subscribe|Sign\s*up|Sign\s+in|Log\s*in|Register|Download\s+(?:the|our)\s+app|Get\s+the\s+app|Join\s+(?:us|our))\b.{0,150}$/i,
  /^Follow\s+(?:us|@|[\p{Lu}][\p{L}.'-]{1,30}(?:\s+[\p{Lu}][\p{L}.'-]{1,30}){0,3}\s+on\s+(?:Twitter|X|Facebook|Instagram|LinkedIn|Threads|Bluesky))\b.{0,100}$/iu,
  /^Click\s+here\b.{0,150}$/i,
  /^(?:Image|Photo|Picture|Video)\s+(?:copyright|source|credit)\b.{0,100}$/i,
  /^(?:©|\(c\)|Copyright\b).{0,200}$/i,
  /\bAll\s+rights\s+reserved\.?$/i,
  /^(?:Tags|Topics|Filed\s+under|Categories|Keywords)\s*:.{0,200}$/i,
  /^(?:Comments?|\d{1,5}\s+comments?|Leave\s+a\s+comment|Loading\.*|Print|Email|Menu|Search|Home|Skip\s+to\s+(?:main\s+)?content)$/i,
  // Time stamps: "Published: April 12, 2017 10:32 AM", "Updated 2 hours ago"; the label must be
  // followed by a time or date, so "Updated figures show …" stays body.
  /^(?:Published|Updated|Posted|Last\s+updated|First\s+published|Modified)(?:\s+(?:on|at))?\s*:?\s*(?:\d|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s|,|$)|an?\s+(?:hour|minute|day)|about\s|yesterday|today|just\s+now)(?=.{0,80}$)/i,
  /^\(?(?:Reporting|Editing|Writing|Additional\s+reporting|Compiled|Edited)\s+by\b.{0,200}$/i,
  /^(?:https?:\/\/|www\.)\S{1,300}$/i,
  /^[\w.+-]{1,64}@[\w-]{1,64}\.[\w.]{2,30}$/,
  /^(?:Contact|Source|Sources|Credits?)\s*:.{0,160}$/i,
  /^Your\s+browser\s+does\s+not\s+support\b.{0,120}$/i,
  // Reading aids and time stamps: "3 min read", "2 hours ago", "Listen to this article · 5:12 min".
  /^\d{1,3}\s*-?\s*min(?:ute)?s?\s+read$/i,
  /^(?:about\s+)?(?:an?|\d{1,3})\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago$/i,
  /^(?:Listen|Watch)\s+to\s+(?:this|the)\s+(?:article|story|report)\b.{0,80}$/i,
  /^(?:Supported|Presented|Sponsored|Powered|Brought\s+to\s+you)\s+by\b.{0,60}$/i,
  /^Reporting\s+from\s+\p{Lu}.{0,60}$/u,
  /,?\s*opens\s+new\s+tab$/i,
  /^[_=*~•·-]{3,}$/,
  // Editorial notes and tip lines: "Editor's note: …", "Correction: …", "Contributing: …".
  /^(?:Editor['’]?s?['’]?\s+note|Corrections?|Clarifications?|Contributing)\s*:.{0,300}$/i,
  /^(?:Have|Got)\s+a\s+(?:news\s+)?tip\b.{0,200}$/i,
  /^Video\s*:.{0,160}$/i,
  // Promotions of other pages, often with a quotation in their title: "PHOTOS: …", "Also read: …".
  /^(?:Photos?|Gallery|Podcast|Also\s+read|You\s+(?:may|might)\s+also\s+like|Don['’]t\s+miss)\s*[:|].{0,160}$/i,
  // Wire end marks and desk slugs: "Enditem", "-30-", "###", AFP's "rbe/jh".
  /^(?:Enditem|End\s+item|-30-|#{2,}|\*{3,}|-{3,})$/i,
  /^[a-z]{2,5}(?:\/[a-z]{2,5}){1,4}$/,
  /^Date\s*:?\s*\d{1,2}[./]\d{1,2}[./]\d{2,4}$/i,
  // "Advertisement - Scroll to continue", "ADVERTISEMENT SKIP ADVERTISEMENT".
  /^Advertisement\s*[-–—:|·•]?\s*(?:scroll|continue|skip|story)\b.{0,40}$/i,
  // A gallery's counter: "Image 1 of 5", "Photo 3/12".
  /^(?:Image|Photo|Picture|Slide)\s+\d{1,3}\s*(?:of|\/)\s*\d{1,3}$/i,
  // Cookie notices: "We use cookies to improve your experience. … Accept".
  /^(?:We|This\s+(?:site|website)|Our\s+(?:site|website)|By\s+(?:using|continuing))\b.{0,120}\bcookies\b.{0,250}\b(?:accept|consent|privacy|policy|preferences|agree|settings)\b.{0,100}$/i,
  // Press-release labels and contact blocks: "FOR IMMEDIATE RELEASE", "Media Contacts".
  /^(?:For\s+immediate\s+release|(?:Press|News|Media)\s+release|Media\s+(?:contacts?|enquiries|inquiries)|Press\s+contacts?|Notes?\s+to\s+editors?)\s*:?$/i,
  // A live blog's entry times: "14:32", "9.05am", "10:32 AM EDT".
  /^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?$/i,
  // A collapsed list of links as copied: "Keep reading", "list of 4 items", "list 1 of 4", "end of list".
  /^(?:Keep\s+reading|list\s+(?:of\s+\d{1,2}\s+items?|\d{1,2}\s+of\s+\d{1,2})|end\s+of\s+list)$/i,
  /^(?:This\s+(?:article|story)\s+(?:was|has\s+been|is)\s+(?:originally\s+)?(?:published|updated|corrected|amended)).{0,200}$/i,
  // Newsletter promotions and standards notes: "… with our Morning Bid newsletter. Sign up here.",
  // "Our Standards: The Thomson Reuters Trust Principles."
  /^.{0,200}\bnewsletters?\b.{0,100}\bSign\s+up\s+here\.?$/i,
  /^Our\s+Standards\s*:.{0,120}$/i,
  // An archive warning over the headline: "This article is more than 2 years old".
  /^This\s+(?:article|story|page)\s+is\s+(?:more|older)\s+than\s+(?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:years?|months?|weeks?|days?)\s+old$/i,
  // A newsletter box: "Free weekly newsletter", "Privacy Notice: Newsletters may contain …", "after newsletter promotion".
  /^(?:Free\s+)?(?:daily|weekly|monthly|fortnightly)\s+newsletter$/i,
  /^Privacy\s+(?:Notice|Policy)\s*:.{0,300}$/i,
  /^after\s+newsletter\s+promotion$/i,
  // A newsletter box's blurb and small print: "Get the latest news delivered to your inbox.",
  // "Get our free daily newsletter", "By signing up, you agree to our Terms of Use …".
  /^(?:Get|Receive|Have|Stay|Sign\s+up|Subscribe|Delivered|Straight)\b[^"“”]{0,120}\binbox(?:es)?\b[^"“”]{0,60}$/i,
  /^(?:Get|Try|Receive|Read)\s+(?:our|the)\s+(?:free\s+)?(?:[\p{L}-]+\s+){0,3}newsletters?\b[^"“”]{0,80}$/iu,
  /^By\s+(?:signing\s+up|subscribing|clicking|registering|entering\s+your\s+email)\b.{0,200}$/i,
  /^Want\s+more\?.{0,120}$/i,
  // A promotion that ends in a link: "Follow our coverage of the election at https://…".
  /^(?:Follow|Read|See|Find|Get|Visit|Watch|Listen|Download|More)\b[^"“”]{0,150}(?:https?:\/\/|www\.)\S{1,200}$/i,
  // Comment counters and reader buttons: "Comments (12)", "Report an error", "Back to top".
  /^(?:Comments?|Replies|Reactions)\s*\(\d{1,5}\)$/i,
  /^(?:Report\s+an?\s+(?:error|correction|typo|issue)|Send\s+us\s+a\s+tip|Jump\s+to\s+comments|Post\s+a\s+comment|Leave\s+a\s+(?:reply|comment)|(?:Next|Previous)\s+(?:article|story|post)|Back\s+to\s+top|See\s+all\s+(?:stories|news|articles)|Link\s+copied|You\s+(?:may|might)\s+also\s+like|Posted\s+in\s+\p{Lu}[\p{L}&, ]{0,40})\s*[:!]?$/iu,
  /^Report\s+an?\s+(?:error|correction)\s+or\s+typo$/i,
  /^Click\s+to\s+(?:share|email|print|open)\b.{0,80}$/i,
  /^Like\s+this\s*:.{0,40}$/i,
  /^Please\s+enable\s+JavaScript\b.{0,150}$/i,
  /^(?:Listen|Watch)\s*[·•|:-]?\s*\d{1,2}:\d{2}(?:\s*min)?$/i,
  // Reader appeals: "Support independent journalism", "… Please consider a donation."
  /^Support\s+(?:independent|our|quality|local)\b[^"“”]{0,80}$/i,
  /^[^"“”]{0,120}\bPlease\s+consider\s+(?:a\s+donation|donating|supporting|subscribing)\b[^"“”]{0,80}$/i,
  // A picture agency's credit on its own line: "AFP via Getty Images".
  /^[\p{Lu}][^.!?"“”]{0,60}\bvia\s+Getty\s+Images$/u,
  // An embedded post's leftovers: "pic.twitter.com/…", a handle alone.
  /^(?:pic\.twitter\.com|t\.co)\/\S{1,60}$/i,
  /^@\w{1,30}$/,
];

/** Where a page's newsletter box opens ("Sign up to First Edition") and ends ("after newsletter promotion"). */
export const NEWSLETTER_BOX_START = /^(?:Sign\s*up|Subscribe)\b/i;
export const NEWSLETTER_BOX_END = /^after\s+newsletter\s+promotion$/i;
/** The button that closes a shorter box ("Sign up for Morning Briefing" / blurb / "Sign up"). */
export const NEWSLETTER_BOX_BUTTON = /^(?:Sign\s*up|Subscribe|Submit)(?:\s+now)?!?$/i;

/**
 * Headings that introduce a list of links ("Related content", "More on this
 * story"): the short lines right under them are furniture too.
 */
export const LINK_LIST_HEADING =
  /^(?:Related(?:\s+[\p{L}]+){0,2}|More\s+(?:on|from|in|about)\b.{0,40}|More\s+stories|Most\s+(?:Popular|Read|Viewed|Shared|Watched)|Latest(?:\s+[\p{L}]+){0,2}|Top\s+Stories|Read\s+(?:more|next)|Recommended(?:\s+[\p{L}]+)?|Trending(?:\s+[\p{L}]+){0,2}|You\s+(?:may|might)\s+also\s+like|Keep\s+reading|list\s+of\s+\d{1,2}\s+items?|Also\s+read|See\s+also|Tags|Topics|Around\s+the\s+web)\s*:?$/iu;

/** The line that closes a list of links ("end of list"): what follows is text again. */
export const LINK_LIST_END = /^end\s+of\s+list$/i;

/** Characters that separate the items of a navigation menu ("Home | World | Politics", "Home > News"). */
export const MENU_SEPARATOR = /\s[|•·»›>]\s|\s\/\s/g;

/** Splits a menu or breadcrumb into its items. */
export const MENU_ITEM_SPLITTER = /[|•·»›>/]/;

/**
 * A breadcrumb above the headline with one separator, spaced or not ("News|Israel-Palestine
 * conflict", "World › Europe"): short items on both sides.
 */
export const BREADCRUMB = /^[^|•·»›>.!?]{1,40}\s*[|»›>]\s*[^|•·»›>.!?]{1,60}$/;

/** Longest line, in words, that a bare run of capitalised words may have and still read as a menu. */
export const MAX_MENU_WORDS = 5;

/** All-caps lead-ins that look like a dateline place but are labels ("BREAKING: …", "UPDATE —"). */
export const NON_PLACE_LEADS: ReadonlySet<string> = new Set([
  "breaking",
  "breaking news",
  "update",
  "updated",
  "updates",
  "exclusive",
  "watch",
  "video",
  "photos",
  "analysis",
  "opinion",
  "editorial",
  "correction",
  "clarification",
  "live",
  "fact check",
  "urgent",
  "flash",
  "note",
  "editor's note",
  "advisory",
  "developing",
  "just in",
  "review",
  "interview",
  "commentary",
  "file",
  "warning",
  "notice",
  "disclaimer",
  "summary",
  "background",
  "context",
  "key points",
  "related",
  "also",
  "see also",
  "listen",
  "note to editors",
  "photo",
  "pictured",
  "scroll down",
  "top",
  "new",
  "wow",
  "ok",
  "yes",
  "no",
  "gallery",
  "podcast",
  "explainer",
  "factbox",
  "timeline",
  "q&a",
]);

/**
 * Outlet words that mark the end of a headline as a site name ("… | Example
 * News", "… - BBC News"). Lower case.
 */
export const SITE_SUFFIX_WORDS: ReadonlySet<string> = new Set([
  "news",
  "times",
  "post",
  "journal",
  "herald",
  "tribune",
  "telegraph",
  "guardian",
  "gazette",
  "press",
  "reuters",
  "bbc",
  "cnn",
  "upi",
  "ap",
  "afp",
  "online",
  "today",
  "daily",
  "magazine",
  "world",
  "network",
  "media",
]);
