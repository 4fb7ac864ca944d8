/**
 * The seed report: 老城区西关街道办事处 2024年政府信息公开工作年度报告, a subdistrict office in
 * Laocheng District, Luoyang, Henan.
 *
 * The Chinese narrative is the published text, one entry per published paragraph. Only what the
 * PDF extraction broke was repaired: spaces it put between Chinese characters and numbers, and
 * half-width punctuation where the Chinese original uses full-width marks. Part titles are shown
 * as headings, so the run-in colon after each one (「（一）主动公开：」) is left out.
 * The English is our own rendering; the report was published in Chinese only.
 *
 * Every cell of the three tables is published as 0; the tables are rebuilt from the format because
 * the extracted table text is garbled.
 */
import type {DisclosureReport} from '../model/types.js';
import {documents, outcome, zeroRow} from './build.js';

export const xiguan2024: DisclosureReport = {
  schemaVersion: 1,
  format: '2021',
  year: 2024,
  agency: {zh: '老城区西关街道办事处', en: 'Xiguan Subdistrict Office, Laocheng District, Luoyang'},
  title: {
    zh: '老城区西关街道办事处2024年政府信息公开工作年度报告',
    en: 'Xiguan Subdistrict Office, Laocheng District, Luoyang: Annual Report on Government Information Disclosure for 2024',
  },
  overview: {
    parts: [
      {
        title: {zh: '（一）主动公开', en: '(1) Proactive disclosure'},
        paragraphs: [
          {
            zh: '及时对社会关切的问题进行回应，并对其背景进行深入、全面剖析，有效维护人民群众参与权，通过门户网站、微信公众号等形式进行说明，确保人民群众知晓并理解相关情况。2024年度，我街道通过老城区政府门户网站及官方社交媒体平台共及时回应公众关切22条。',
            en: 'We responded promptly to matters of public concern and analysed their background thoroughly and comprehensively, safeguarding the public’s right to participate. Explanations were given through the government portal, our WeChat official account and other channels, so that residents know and understand what is happening. In 2024 the subdistrict responded promptly to 22 public concerns through the Laocheng District government portal and its official social-media accounts.',
          },
        ],
      },
      {
        title: {zh: '（二）依申请公开', en: '(2) Disclosure upon application'},
        paragraphs: [
          {
            zh: '2024年，我街道未收到有关政府信息公开的申请，全年未因政府信息公开被行政复议和行政诉讼。',
            en: 'In 2024 the subdistrict received no applications for government information disclosure, and no administrative reconsideration or administrative litigation concerning government information disclosure was brought against it during the year.',
          },
        ],
      },
      {
        title: {zh: '（三）政府信息管理', en: '(3) Management of government information'},
        paragraphs: [
          {
            zh: '西关街道办事处严格遵循《中华人民共和国政府信息公开条例》及市、区相关指导原则，不断深化政府信息公开内容的规范化管理，力保所公开信息的真实性和权威性。我们坚持将政府信息公开工作融入街道办事处的各项日常业务中，主动敞开大门接受民众监督，不断优化和拓宽信息公开的渠道。在信息公开的统筹与指导方面，我们精心组织信息公开专题会议，针对相关人员进行专业技能培训和学习交流，持续提升服务民众的质量。一年来，全年通过精彩老城、洛阳日报、河南广播等多媒体共发布信息共计500余条。',
            en: 'The Xiguan Subdistrict Office strictly follows the Regulations of the People’s Republic of China on Government Information Disclosure and the guidance of the city and the district. It kept improving the standardised management of what it discloses, so that the information published is accurate and authoritative. We make disclosure part of the office’s everyday work, open our doors to public oversight and keep improving and widening the channels of disclosure. To coordinate and guide the work, we held dedicated meetings on disclosure and gave the staff concerned professional training and opportunities to share experience, steadily raising the quality of our service to the public. Over the year, more than 500 items were published through outlets such as Jingcai Laocheng, Luoyang Daily and Henan Radio.',
          },
        ],
      },
      {
        title: {zh: '（四）政府信息公开平台建设', en: '(4) Development of disclosure platforms'},
        paragraphs: [
          {
            zh: '西关街道办事处以信息公开平台为主导，配合以报纸、广播、电视、公告栏等多种媒介，确保全方位、及时的发布各类政务动态，并不断优化和提升政府信息公开的效能。全年共组织普法宣传等活动300余场次，明确平台建设目标，致力于构建一个高效、便捷、安全的政府信息公开平台，以满足公众对政务信息的需求，提升政务公开的透明度和时效性，强化信息安全保障，严格执行保密规定，加强政府信息公开的保密审查工作。采用身份认证、数据加密、攻击防护等安全措施，确保平台的信息安全和数据安全。通过微信公众号、一站式服务大厅、面对面办公会议以及向群众派发宣传资料等多种方式，进行现场答疑解惑，不断增强政务公开的透明度与公众的参与度。',
            en: 'The Xiguan Subdistrict Office relies first on its disclosure platform, supported by newspapers, radio, television, notice boards and other media, to publish news of its work fully and on time, and keeps making disclosure more effective. More than 300 legal-awareness events and similar activities were held during the year. We set clear goals for the platform: to make it efficient, convenient and secure, to meet the public’s need for government information, to make government affairs disclosure more transparent and timely, to strengthen information security, to apply the confidentiality rules strictly and to tighten the confidentiality review of information before it is disclosed. Identity authentication, data encryption and protection against attacks keep the platform’s information and data secure. Through the WeChat official account, the one-stop service hall, face-to-face meetings and leaflets handed out to residents, we answered questions in person, steadily increasing the transparency of government affairs and public participation.',
          },
        ],
      },
      {
        title: {zh: '（五）监督保障', en: '(5) Oversight and safeguards'},
        paragraphs: [
          {
            zh: '西关街道不断深化日常监督体系，健全规章制度，全方位加强政府信息公开的专业技能训练，着重增强工作人员的专业素养；严格执行保密准则，强化政府信息公开的保密核查环节，优化信息发布程序，在确保信息及时披露、内容精准无误的同时，保证保密工作严密无漏。若公民、法人或其他合法组织认为行政机关在信息公开过程中损害了其正当权益，完全有权利向上一级行政机关或政府信息公开的主管监督部门递交正式的投诉与检举，此外，还能按照国家相关法律法规的规定，选择提请行政复议，或直接向人民法院提起行政诉讼，以此来捍卫自身的合法权益。',
            en: 'Xiguan Subdistrict kept strengthening its day-to-day oversight, improved its rules and procedures, and trained its staff in every aspect of disclosure work to raise their professional skills. It applied the confidentiality rules strictly, reinforced the confidentiality review before disclosure and streamlined the publishing procedure, so that information is released on time and accurately while confidentiality is kept without gaps. Citizens, legal persons or other organizations who consider that an administrative organ has infringed their lawful rights and interests in the course of disclosure are fully entitled to lodge a formal complaint or report with the administrative organ at the next level up or with the competent department for government information disclosure; they may also, under the relevant national laws and regulations, apply for administrative reconsideration or bring an administrative lawsuit directly before a people’s court to defend their lawful rights and interests.',
          },
        ],
      },
    ],
  },
  proactive: {
    rules: documents(0, 0, 0),
    normativeDocuments: documents(0, 0, 0),
    licensing: 0,
    penalties: 0,
    coercion: 0,
    fees: 0,
  },
  requests: {
    newReceived: zeroRow(),
    carriedOver: zeroRow(),
    results: {
      disclosed: zeroRow(),
      partiallyDisclosed: zeroRow(),
      withheld: {
        stateSecret: zeroRow(),
        lawProhibited: zeroRow(),
        securityStability: zeroRow(),
        thirdParty: zeroRow(),
        internalAffairs: zeroRow(),
        processInfo: zeroRow(),
        enforcementFile: zeroRow(),
        administrativeQuery: zeroRow(),
      },
      unableToProvide: {notHeld: zeroRow(), needsCreation: zeroRow(), unclearAfterCorrection: zeroRow()},
      notProcessed: {
        petition: zeroRow(),
        duplicate: zeroRow(),
        publication: zeroRow(),
        massiveRepeated: zeroRow(),
        confirmOrReissue: zeroRow(),
      },
      other: {noCorrection: zeroRow(), unpaidFee: zeroRow(), other: zeroRow()},
      total: zeroRow(),
    },
    carriedForward: zeroRow(),
  },
  appeals: {
    reconsideration: outcome(0, 0, 0, 0, 0),
    litigationDirect: outcome(0, 0, 0, 0, 0),
    litigationAfterReconsideration: outcome(0, 0, 0, 0, 0),
  },
  problems: {
    paragraphs: [
      {
        zh: '存在主要问题：一是规范性不够，信息公开时效性有待提高。部分信息公开形式存在一定程度的混乱无序问题。二是精准性不够，部分公开的信息不是百姓想要的，百姓想要的也没有公开或者没有高质量公开。',
        en: 'Main problems: first, the work is not standardised enough and disclosure is not always timely; some forms of disclosure are somewhat disorderly. Second, it is not well targeted: some of what is disclosed is not what residents want, and some of what they want has not been disclosed, or not disclosed well.',
      },
      {
        zh: '下一步改进措施：一是加强政府信息公开的业务学习培训力度，增强各相关部门政府信息公开意识，进一步完善信息公开的渠道和载体，不断提升信息发布和及时回应社会关切的能力。二是注重内容形式要“深加工”，特别是重点领域信息公开内容要精选。政策解读的语言尽可能口语化，多用“大白话”“网言网语”，多运用具体案例、具体场景进行解读，确保解读得透、理解得准、落实得快。围绕“希望政府公开哪些信息、提供哪些公开服务”等问题，用通俗化的语言对公众关注的重点内容进行“深加工”，降低公众获取信息的门槛，让公众愿意看、乐于看。',
        en: 'Next steps: first, more training in disclosure work, so that every department concerned takes disclosure seriously, with better channels and media for disclosure and a steadily better ability to publish information and to respond promptly to public concerns. Second, more care in “processing” content and form, choosing carefully what is disclosed in key areas. Policy explanations should be as close to everyday speech as possible, in “plain words” and the language of the internet, with concrete cases and situations, so that explanations are thorough, understood correctly and acted on quickly. Around questions such as “what information should the government disclose and what disclosure services should it offer”, the content the public cares about most will be reworked in plain language, lowering the threshold for obtaining information and making people willing, even glad, to read it.',
      },
    ],
  },
  otherMatters: {
    paragraphs: [
      {
        zh: '本单位2024年度未收取政府信息公开信息处理费。',
        en: 'This agency collected no information processing fees for government information disclosure in 2024.',
      },
    ],
  },
};
