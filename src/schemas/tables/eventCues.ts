import { z } from 'astro/zod';

const words = z.array(z.string().min(1)).min(1);

/** Words that tell the meeting itself (src/data/eventCues.json). */
export const eventCuesTable = z
  .object({
    $comment: z.string(),
    /** Verbs and nouns of meetings, talks and calls: a sentence with one tells the event. */
    meetingWords: words,
    /** Phrases before a name saying the person was not there (greetings conveyed, a message from, under the leadership of). */
    absenceFrames: words,
    /**
     * A government and the word within `reach` words after it that names its head («الحكومة … برئاسة X»): X is not at
     * the meeting. `councils` are governing councils named in full («مجلس القيادة الرئاسي»), as governments; a bare
     * «مجلس» is any council (of business, of a ministry's joint committee), whose head may lead a delegation.
     */
    governmentHeads: z.object({ governmentWords: words, councils: words, headWords: words, movementWords: words, reach: z.number().int().positive() }).strict(),
    /** An invitation and, within `reach` words after it, the visit it asks for («دعوة رسمية للرئيس X لزيارة طوكيو», «ويدعو X لزيارة بيشكك»): the people between were invited, not at the meeting. */
    invitations: z.object({ invitationWords: words, visitWords: words, reach: z.number().int().positive() }).strict(),
    /** Phrases that hold an absence frame's word in another sense («مجلس إدارة»: a board, not an administration). */
    notAbsenceFrames: words,
    /** Words of the talks themselves, not of travel: their sentence dates the event first. */
    talkWords: words,
    /** Past-tense verbs of talks: later in an article, a sentence with one names people who took part. */
    talkVerbs: words,
    /** Past-tense verbs of talks that are also nouns («عقد»: a contract, a decade): no talks alone, but a name right after one is the talks' («عقد X الوكيل البرلماني …»). */
    talkVerbsAlsoNouns: words,
    /** Verbs of meeting, travel and taking part in the future («سيزور», «سيلتقي»): they end a name, and a person named right before one, after «أن», is the subject of an act to come. */
    futureVerbs: words,
    /** Verbs of a decision or a stance («قرر», «يحتفظ»): a person named right before one, after «أن», is spoken of at the talks, not at them. */
    decisionVerbs: words,
    /** «زيارة», «قمة»: in a headline, the person named right after one is that visit's or summit's subject. */
    headlineSubjectNouns: words,
    /** Words of attendance and delegations: past the first two paragraphs, a sentence names participants only with one. */
    attendanceWords: words,
    /** Words of attendance that, opening a sentence, mean «besides» («وإلى جانب الوزيرة المغربية، أجرى … لقاءات مع X»): who follows them attended nothing. */
    besidesOpeners: words,
    /** Adverbs of «also» («أيضاً», «كذلك») that may stand between a word of attendance and the name it introduces. */
    alsoWords: words,
    /** Words opening a clause about another time or a plan: names after them did not take part in this meeting. */
    otherClauseOpeners: words,
    /** Of otherClauseOpeners, those that open a clause in a title too, a moment beside the title's event («… غداة قمة X - Y», «أول لقاء منذ تنصيب X»); a title's present tense otherwise tells the event. */
    titleClauseOpeners: words,
    /** A hope for a coming occasion: the noun with its pronoun («أمله»), an adjective or none («الكبير»), then the particle («في أن»); it opens a clause as otherClauseOpeners do. */
    hopeClauseOpeners: z.object({ nouns: words, adjectives: words, particle: z.string().min(1) }).strict(),
    /** Words that open a clause of an event being prepared («يمهدان لقمة X وY»): its people take no part, in the headline too. */
    preparingClauseOpeners: words,
    /** Words of another meeting of the same visit («كما التقى», «أيضاً», «في وقت لاحق»): past the lede, its people are another event's. */
    otherMeetingMarkers: words,
    /** Words of a visit told as a series of meetings («سلسلة من الاجتماعات»): then every meeting of the visit is the event's. */
    visitSeriesMarkers: words,
    /** Longer phrases opening with an other-clause opener that tell the talks of the visit itself («قبل أن يعقد»). */
    talksClauseOpeners: words,
    /** Verbs that only report speech. */
    quoteVerbs: words,
    /** Places of arrival and departure (an airport): a sentence set there names who greeted the guest, not who held the talks. */
    arrivalPlaces: words,
    /** Words of arrival, welcome and farewell («لدى وصوله», «في استقباله», «في وداعه»): with an arrival place they tell a greeting. */
    arrivalWords: words,
    /** Forms of address that open a second person joined by «، و» to one an absence frame speaks of («، وصاحب السمو الملكي …»). */
    coordinatedAddressWords: words,
    /** Words of a letter («رسالة», «برقية»): after the absence frame that opens with one, the addressee behind «إلى» was not there either. */
    letterWords: words,
    /** Words opening a sentence that says where the one before it was said («جاء ذلك خلال …»): at a meeting, that statement tells it too. */
    occasionAnaphora: words,
    /** A spokesperson's office: whoever holds it in the sentence reports the talks and did not hold them. */
    spokespersonTitles: words,
    /** Words of a delegation's or meeting's lead («قاد الوفد», «ترأس الاجتماع»): a person first named with one took part, however late. */
    delegationLeadWords: words,
    /** Words of accompanying a delegation's head («يرافقه», «وإلى جانبه»): after a delegation's lead in the sentence, a member named before their office took part. */
    delegationMemberWords: words,
    /** A verb of handing over with what is handed over in person (a letter, an invitation, credentials): the sentence tells a meeting. */
    handingOver: z
      .object({
        /** Verbs of handing over and of receiving («سلّم», «تسلّم», «نقل»). */
        verbs: words,
        /** What is handed over in person («رسالة», «دعوة», «أوراق اعتماد»). */
        objects: words,
        /** How many words after the verb the object may stand. */
        reach: z.number().int().positive(),
      })
      .strict(),
    /** A guest in town to take part in a multilateral meeting or ceremony («الذي يزور اليابان للمشاركة في مراسم الجنازة»): no visit to the other party. */
    inTownFor: z
      .object({
        /** Verbs of visiting in the present («يزور»): up to three words (the place) follow before the purpose. */
        visitVerbs: words,
        /** Words of the purpose («للمشاركة», «لحضور»). */
        purposes: words,
        /** Words of the purpose that take the one represented after them («لتمثيل بلاده»). */
        representing: words,
        /** Words that may stand before the gathering («أعمال», «فعاليات»). */
        framing: words,
        /** Gatherings, without the article («مؤتمر», «قمة», «مراسم»). */
        gatherings: words,
        /** A session's word («دورة») before its ordinal and the body it is a session of. */
        sessions: words,
        /** Bodies a session is held of («مؤتمر», «قمة», «منتدى», «جمعية»). */
        sessionBodies: words,
        /** Meetings of a gathering, without the article («اجتماعات»): a gathering unless a bilateral body follows. */
        meetings: words,
        /** Bodies of two countries («اللجنة», «الحوار», «المشاورات»): meetings of one are the two countries' own. */
        bilateralBodies: words,
        /** How many words after the meetings' word a bilateral body may stand («اجتماعات الدورة الخامسة للجنة»). */
        bilateralReach: z.number().int().nonnegative(),
      })
      .strict(),
    /** A verb of telling with its listener, then a complementizer: what follows is what was said at the talks («أبلغ X نظيره Y أن …»). */
    toldCounterpart: z
      .object({
        /** Verbs whose object is the listener («أبلغ»). */
        verbs: words,
        /** Verbs with their listener as a suffixed pronoun («أبلغه»: told him): what follows the complementizer, right after them too, was said. */
        verbsWithListener: words,
        /** Verbs whose listener stands behind «ل» («أكد لنظيره»). */
        saidToVerbs: words,
        /** Words for the listener who is the other side: the counterpart or the guest. */
        listeners: words,
        /** Words of a telling that is no one's at the talks: journalists, the media, «أبلغ عن». */
        notListeners: words,
        /** Words that open what was said («أن», «بأن»). */
        complementizers: words,
        /** How many words after the verb the complementizer may stand. */
        reach: z.number().int().positive(),
      })
      .strict(),
  })
  .strict()
  // (a title's clause opener is one of the body's too: the title only narrows which of them open a clause there)
  .refine((table) => table.titleClauseOpeners.every((opener) => table.otherClauseOpeners.includes(opener)), {
    message: 'every titleClauseOpeners word must be among otherClauseOpeners',
    path: ['titleClauseOpeners'],
  });
