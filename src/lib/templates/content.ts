// The templates' own text — scenario names and descriptions, step and segment names — in each
// language of the app. The scenario files stay in English; opening a template in Chinese gives
// a scenario written in Chinese (its steps then read "最繁忙：柜员" in captions, comparison and
// report). Terms follow the glossary (shared/design/product.md) and one choice per concept:
// 基准方案/改进方案 (基準方案/改善方案) for baseline/redesign, 等待 for waiting, 窗口 for counters.

import type { Scenario } from '$lib/sim';
import type { Locale } from '$lib/i18n/locales';

type Table = Record<string, string>;

const HANS: Table = {
	'Bank branch — baseline': '银行网点 — 基准方案',
	'Eight-hour day with a lunch peak. Every customer queues for a teller.': '营业八小时，午间是高峰。每位顾客都排队等待柜员。',
	'Customers arrive': '顾客到达',
	Tellers: '柜员窗口',
	'Back office': '后台处理',
	Leave: '离开',
	Regular: '普通顾客',
	'Priority client': '优先客户',
	'Bank branch — with self-service kiosks': '银行网点 — 增设自助终端',
	'Redesign: two kiosks take simple transactions; kiosk failures go to a teller. Ticket display shows the expected wait.':
		'改进方案：两台自助终端办理简单业务；自助失败的顾客转到柜员窗口。叫号屏显示预计等待时间。',
	'Kiosk or teller': '自助终端还是柜员？',
	Kiosks: '自助终端',
	'Outpatient clinic — baseline': '门诊 — 基准方案',
	'Nine-hour clinic day, walk-in only. Every patient registers, sees a triage nurse and a doctor; most then collect medicine at the pharmacy. The morning peak outruns the doctors on shift.':
		'门诊每天九小时，只接待现场挂号。每位患者先挂号，再经分诊护士和医生诊治；多数人随后到药房取药。上午高峰时当班医生忙不过来。',
	'Patients arrive': '患者到达',
	'Registration desk': '挂号窗口',
	'Triage nurses': '分诊护士',
	Doctors: '医生',
	'Needs medicine?': '需要取药？',
	Pharmacy: '药房',
	'Walk-in patient': '现场挂号患者',
	'Elderly patient': '老年患者',
	'Outpatient clinic — appointments and a peak doctor': '门诊 — 预约挂号并在高峰加派医生',
	'Redesign: 30% of patients book an appointment and register online (they go straight to triage), which spreads arrivals over the day; one extra doctor works 09:00–12:00 and the waiting room shows the expected wait.':
		'改进方案：30% 的患者在线预约挂号（直接去分诊），到达时间分散到全天；09:00–12:00 加派一名医生，候诊区显示预计等待时间。',
	'Booked online?': '在线预约？',
	'Outpatient appointments — walk-in baseline': '门诊预约 — 现场挂号基准方案',
	'Eight-hour outpatient session, walk-in only: about 180 patients a day, a quarter of them in the first hour. Each registers at the desk, then waits for one of five doctors (12-minute consultations on average). Assumptions: the morning rush and consultation times of a typical general outpatient department; patients give up after about two hours.':
		'门诊每天八小时，只接待现场挂号：每天约 180 名患者，四分之一在第一个小时到达。每人先在窗口挂号，再等待五名医生之一（平均每次诊疗 12 分钟）。假设：普通门诊典型的上午人潮和诊疗时长；患者等待约两小时后放弃。',
	'Walk-in patients arrive': '现场挂号患者到达',
	'Booked patient': '预约患者',
	'Outpatient appointments — booked slots beside walk-ins': '门诊预约 — 预约时段与现场挂号并行',
	'Redesign: three of the doctors’ places every 15 minutes are offered as appointments; 90% are booked, 10% of booked patients do not come, and they arrive between 20 minutes early and 15 late (mostly a few minutes early). Booked patients registered online, go straight to the doctors and are seen ahead of walk-ins; one more than 15 minutes late is seen as a walk-in. About 100 patients still walk in, most in the morning. Same five doctors. The model gives a mean wait of about 21 minutes against 39 (−45 %, near the documents’ ≈ −40 %): booked patients wait under a minute from their slot, walk-ins still about 37 minutes. The figure depends on how many still walk in and when: fewer walk-ins or overbooked slots change it a lot.':
		'改进方案：医生每 15 分钟的名额中有三个开放预约；90% 被预约，预约患者中 10% 爽约，到达时间在早到 20 分钟到迟到 15 分钟之间（多数早到几分钟）。预约患者已在线挂号，直接去医生处，并优先于现场挂号患者就诊；迟到超过 15 分钟的按现场挂号处理。仍有约 100 名患者现场挂号，多数在上午。医生仍是五名。模型得出的平均等待约 21 分钟，基准方案为 39 分钟（−45%，接近文档报告的约 −40%）：预约患者从预约时刻起等待不到一分钟，现场挂号患者仍约 37 分钟。这个数字取决于还有多少人现场挂号、何时到达：现场挂号减少或超额预约都会使结果大不相同。',
	'Booked patients arrive': '预约患者到达',
	'Contact centre callback — baseline': '呼叫中心回拨 — 基准方案',
	'Ten-hour day, 08:00–18:00, one queue of agents answering about 1,000 calls with a morning and an after-lunch peak. Calls last 5 minutes on average (cv 1). Assumptions: callers hang up after about 5 minutes on hold (exponential patience); staffing follows the forecast but runs close to the limit at the peaks.':
		'每天 08:00–18:00，共十小时，一个坐席队列接听约 1,000 个来电，上午和午后各有一个高峰。通话平均 5 分钟（变异系数 1）。假设：来电者平均等待约 5 分钟后挂断（指数分布的耐心）；排班按预测安排，但高峰时接近极限。',
	Caller: '来电者',
	'Contact centre callback — callback offer': '呼叫中心回拨 — 提供回拨',
	'Redesign: when the expected wait on joining is above 1 minute the caller is offered a call back, keeping their place; 60% accept and hang up, and an agent calls them back when their turn comes. Same agents. The model gives fewer hang-ups (about 10% instead of 13%) but a longer mean wait (about 1.2 minutes instead of 0.6), because callers waiting for their call back never give up and stay in the queue; predicted CSAT stays level, as the minutes spent away feel half as long. Callback cuts abandonment, not the queue: add agents at the peaks to cut waits too.':
		'改进方案：进入队列时预计等待超过 1 分钟，就为来电者提供回拨并保留其排队位置；60% 接受并挂断，轮到时由坐席回拨。坐席人数不变。模型得出的挂断更少（约 10%，基准方案为 13%），但平均等待更长（约 1.2 分钟，基准方案为 0.6 分钟），因为等待回拨的来电者不会放弃，一直留在队列中；预测满意度持平，因为不在线上等待的时间感觉只有一半长。回拨减少的是放弃，而不是队列：要缩短等待，还需在高峰增加坐席。',
	Appointment: '预约患者',
	'Contact centre — baseline': '呼叫中心 — 基准方案',
	'Twelve-hour day, 08:00–20:00. A quarter of callers choose IVR self-service (70% succeed, the rest queue for an agent). Agents resolve 85% of calls; the rest go to specialists. Premium customers are answered first.':
		'每天 08:00–20:00，共十二小时。四分之一的来电选择语音自助服务（70% 成功，其余排队等待坐席）。坐席一次解决 85% 的来电，其余转给专家。优质客户优先接听。',
	'Calls arrive': '来电到达',
	'IVR menu': '语音菜单',
	'IVR self-service': '语音自助服务',
	Agents: '坐席',
	Specialists: '专家坐席',
	'Call ends': '通话结束',
	'Standard caller': '普通来电者',
	'Premium customer': '优质客户',
	'Contact centre — stronger IVR self-service': '呼叫中心 — 更强的语音自助服务',
	'Redesign: a rebuilt IVR handles balances, status checks and resets — 45% of callers try it and 75% succeed. Agents drop by one or two per hour; the queue announces the expected wait.':
		'改进方案：重建的语音系统可办理余额查询、进度查询和重置——45% 的来电者尝试使用，75% 成功。每小时减少一到两名坐席；排队时播报预计等待时间。',
	'Retail checkout — cashiers only': '超市收银 — 仅人工收银',
	'Supermarket open 09:00–21:00 with a lunch bump and an evening rush. All shoppers queue for staffed cashier lanes; when the line is long some give up and leave their basket.':
		'超市营业 09:00–21:00，午间客流小高峰，傍晚是高峰。所有顾客都排队等待人工收银台；队伍太长时，有些顾客会放下购物篮离开。',
	'Shoppers ready to pay': '顾客准备结账',
	'Cashier lanes': '人工收银台',
	'Leave the store': '离开商店',
	'Small basket': '少量商品',
	'Full trolley': '满载购物车',
	'Retail checkout — with self-checkout': '超市收银 — 增设自助收银',
	'Redesign: eight self-checkout tills. Two in three small-basket shoppers use them; one scan in ten needs an assistant at a cashier lane. Two fewer cashier lanes at most hours.':
		'改进方案：八台自助收银机。三分之二的少量商品顾客使用自助收银；每十次扫码有一次需要到人工收银台求助。多数时段少开两条人工收银台。',
	'Self-checkout or lane': '自助收银还是人工收银？',
	'Self-checkout': '自助收银',
	'Service hall — separate counters per matter': '政务服务大厅 — 按事项分设窗口',
	'Government service hall, 09:00–17:00. Visitors take a ticket and wait to be called to the counters for their matter. Elderly visitors are called first; 15% lack a document and must come back another day.':
		'政务服务大厅，09:00–17:00。办事群众取号后等待叫号，到对应事项的窗口办理。老年人优先叫号；15% 的人缺少材料，须改日再来。',
	'Visitors arrive': '办事群众到达',
	'Take a ticket': '取号',
	'Which matter?': '办理哪项事务？',
	'ID and residence counters': '身份证与户籍窗口',
	'Social insurance counters': '社保窗口',
	'Business licence counters': '营业执照窗口',
	'Matter done': '办结',
	'Missing document: come back': '缺少材料：改日再来',
	Visitor: '办事群众',
	'Elderly visitor': '老年办事群众',
	'Service hall — pooled counters and online pre-filing': '政务服务大厅 — 综合窗口与网上预审',
	'Redesign: all-purpose counters take every matter from one ticket queue (slightly longer service), and 30% of visitors pre-file online, bring complete documents and use a fast-track counter.':
		'改进方案：综合窗口从同一个取号队列办理所有事项（办理时间略长），30% 的办事群众网上预审、带齐材料并使用快速通道窗口。',
	'Pre-filed online?': '已网上预审？',
	'Pre-filed fast track': '预审快速通道',
	'All-purpose counters': '综合窗口',
	'Airport check-in — baseline': '机场值机 — 基准方案',
	'Check-in hall 05:00–13:00 with two departure waves. 40% of passengers use one of eight kiosks, then drop their bag; the rest check in at staffed counters. Business class has its own priority.':
		'值机大厅 05:00–13:00，有两个出发高峰。40% 的旅客使用八台自助值机终端中的一台，再去托运行李；其余旅客在人工柜台值机。商务舱旅客优先。',
	'Passengers arrive': '旅客到达',
	'Kiosk or counter': '自助还是柜台？',
	'Check-in kiosks': '自助值机终端',
	'Walk to bag drop': '走到行李托运处',
	'Bag drop': '行李托运',
	'Check-in counters': '值机柜台',
	'On to security': '前往安检',
	'Economy passenger': '经济舱旅客',
	'Business class': '商务舱旅客',
	'Airport check-in — more kiosks': '机场值机 — 增设自助终端',
	'Redesign: fourteen kiosks and one more bag-drop point; 65% of passengers self-check-in, and two or three fewer staffed counters are needed at the peaks.':
		'改进方案：十四台自助值机终端，再加一个行李托运点；65% 的旅客自助值机，高峰时可少开两到三个人工柜台。',
	// the blank scenario and the teaching stage
	Customer: '顾客',
	Customers: '顾客',
	Counter: '窗口',
	'Pick a line': '选择队伍',
	'Kiosk or counter?': '自助终端还是窗口？',
	VIP: '贵宾',
	"Eight-hour branch day with a lunch peak. Each customer chooses the counter or the bank's app by the waits they see, the effort and a preference (older customers prefer the counter); failed app attempts go to the counter. The model gives about two in three at the counter and a mean wait of about 4 minutes.":
		'营业八小时，午间是高峰。每位顾客按看到的等待时间、所费力气和偏好选择柜台或银行应用程序（年长顾客更愿去柜台）；在应用程序上办不成的转到柜台。模型给出约三分之二的顾客去柜台，平均等待约 4 分钟。',
	'Redesign: a better app and three kiosks, every channel showing its expected wait. The choice shifts demand by itself: about half still use the counter, and the mean wait falls by about three quarters in the model (the documents report −60 %; the figure depends on how clumsy the old app was and how busy the counter is).':
		'改进方案：更好用的应用程序和三台自助终端，每个渠道都显示预计等待时间。需求由顾客的选择自行转移：约一半顾客仍去柜台，模型中平均等待约减少四分之三（资料报告减少 60%；数字取决于旧应用程序有多难用以及柜台有多忙）。',
	'Six-hour afternoon arrival peak from 14:00; every guest checks in at a front desk with three staff. The model gives a mean wait of about 7 minutes, about 14 for guests arriving in the 17:00 hour.':
		'从 14:00 起六小时的下午到店高峰；每位客人都在三人值班的前台办理入住。模型给出平均等待约 7 分钟，17:00 这一小时到店的客人约 14 分钟。',
	"Redesign: guests choose the desk, mobile check-in or a lobby kiosk (business guests prefer their phone, leisure guests the desk). About half move off the desk and the mean wait falls to a fraction of a minute in the model — more than the documents' 10 → 3 minutes, because the model has no extra desk tasks (key cards, questions) and every mobile check-in succeeds first time but one in twenty.":
		'改进方案：客人可选前台、手机办理入住或大堂自助机（商务客人偏好手机，休闲客人偏好前台）。约一半客人离开前台，模型中平均等待降到不足一分钟——比资料中的 10 → 3 分钟更多，因为模型没有前台的额外事务（房卡、咨询），而且手机办理二十次只有一次失败。',
	'Bank channels — counter and app': '银行渠道 — 柜台和应用程序',
	'Bank channels — better app and kiosks': '银行渠道 — 更好的应用程序和自助终端',
	'Hotel check-in — front desk': '酒店入住 — 前台',
	'Hotel check-in — mobile and kiosk': '酒店入住 — 手机和自助机',
	'Younger customer': '年轻顾客',
	'Older customer': '年长顾客',
	'Customers with an errand': '来办事的顾客',
	'Counter or app?': '柜台还是应用程序？',
	'Banking app': '银行应用程序',
	'Business guest': '商务客人',
	'Leisure guest': '休闲客人',
	'Guests arrive': '客人到店',
	'Front desk': '前台',
	'To the room': '回房间',
	'How to check in?': '怎样办理入住？',
	'Mobile check-in': '手机办理入住',
	'Lobby kiosk': '大堂自助机'
};

const HANT: Table = {
	'Bank branch — baseline': '銀行分行 — 基準方案',
	'Eight-hour day with a lunch peak. Every customer queues for a teller.': '營業八小時，午間是尖峰。每位顧客都排隊等待櫃員。',
	'Customers arrive': '顧客到達',
	Tellers: '櫃員櫃檯',
	'Back office': '後台處理',
	Leave: '離開',
	Regular: '一般顧客',
	'Priority client': '優先客戶',
	'Bank branch — with self-service kiosks': '銀行分行 — 增設自助終端',
	'Redesign: two kiosks take simple transactions; kiosk failures go to a teller. Ticket display shows the expected wait.':
		'改善方案：兩台自助終端辦理簡單業務；自助失敗的顧客轉到櫃員櫃檯。叫號螢幕顯示預計等待時間。',
	'Kiosk or teller': '自助終端還是櫃員？',
	Kiosks: '自助終端',
	'Outpatient clinic — baseline': '門診 — 基準方案',
	'Nine-hour clinic day, walk-in only. Every patient registers, sees a triage nurse and a doctor; most then collect medicine at the pharmacy. The morning peak outruns the doctors on shift.':
		'門診每天九小時，只接受現場掛號。每位病患先掛號，再經檢傷護理師與醫師診治；多數人隨後到藥局領藥。上午尖峰時當班醫師忙不過來。',
	'Patients arrive': '病患到達',
	'Registration desk': '掛號櫃檯',
	'Triage nurses': '檢傷護理師',
	Doctors: '醫師',
	'Needs medicine?': '需要領藥？',
	Pharmacy: '藥局',
	'Walk-in patient': '現場掛號病患',
	'Elderly patient': '年長病患',
	'Outpatient clinic — appointments and a peak doctor': '門診 — 預約掛號並在尖峰加派醫師',
	'Redesign: 30% of patients book an appointment and register online (they go straight to triage), which spreads arrivals over the day; one extra doctor works 09:00–12:00 and the waiting room shows the expected wait.':
		'改善方案：30% 的病患線上預約掛號（直接去檢傷），到達時間分散到全天；09:00–12:00 加派一名醫師，候診區顯示預計等待時間。',
	'Booked online?': '線上預約？',
	'Outpatient appointments — walk-in baseline': '門診預約 — 現場掛號基準方案',
	'Eight-hour outpatient session, walk-in only: about 180 patients a day, a quarter of them in the first hour. Each registers at the desk, then waits for one of five doctors (12-minute consultations on average). Assumptions: the morning rush and consultation times of a typical general outpatient department; patients give up after about two hours.':
		'門診每天八小時，只接受現場掛號：每天約 180 名病患，四分之一在第一個小時到達。每人先在櫃檯掛號，再等待五名醫師之一（平均每次診療 12 分鐘）。假設：一般門診典型的上午人潮和診療時間；病患等待約兩小時後放棄。',
	'Walk-in patients arrive': '現場掛號病患到達',
	'Booked patient': '預約病患',
	'Outpatient appointments — booked slots beside walk-ins': '門診預約 — 預約時段與現場掛號並行',
	'Redesign: three of the doctors’ places every 15 minutes are offered as appointments; 90% are booked, 10% of booked patients do not come, and they arrive between 20 minutes early and 15 late (mostly a few minutes early). Booked patients registered online, go straight to the doctors and are seen ahead of walk-ins; one more than 15 minutes late is seen as a walk-in. About 100 patients still walk in, most in the morning. Same five doctors. The model gives a mean wait of about 21 minutes against 39 (−45 %, near the documents’ ≈ −40 %): booked patients wait under a minute from their slot, walk-ins still about 37 minutes. The figure depends on how many still walk in and when: fewer walk-ins or overbooked slots change it a lot.':
		'改善方案：醫師每 15 分鐘的名額中有三個開放預約；90% 被預約，預約病患中 10% 爽約，到達時間在早到 20 分鐘到遲到 15 分鐘之間（多數早到幾分鐘）。預約病患已線上掛號，直接去醫師處，並優先於現場掛號病患就診；遲到超過 15 分鐘的按現場掛號處理。仍有約 100 名病患現場掛號，多數在上午。醫師仍是五名。模型得出的平均等待約 21 分鐘，基準方案為 39 分鐘（−45%，接近文件報告的約 −40%）：預約病患從預約時刻起等待不到一分鐘，現場掛號病患仍約 37 分鐘。這個數字取決於還有多少人現場掛號、何時到達：現場掛號減少或超額預約都會使結果大不相同。',
	'Booked patients arrive': '預約病患到達',
	'Contact centre callback — baseline': '客服中心回撥 — 基準方案',
	'Ten-hour day, 08:00–18:00, one queue of agents answering about 1,000 calls with a morning and an after-lunch peak. Calls last 5 minutes on average (cv 1). Assumptions: callers hang up after about 5 minutes on hold (exponential patience); staffing follows the forecast but runs close to the limit at the peaks.':
		'每天 08:00–18:00，共十小時，一個座席佇列接聽約 1,000 通來電，上午和午後各有一個尖峰。通話平均 5 分鐘（變異係數 1）。假設：來電者平均等待約 5 分鐘後掛斷（指數分布的耐心）；排班按預測安排，但尖峰時接近極限。',
	Caller: '來電者',
	'Contact centre callback — callback offer': '客服中心回撥 — 提供回撥',
	'Redesign: when the expected wait on joining is above 1 minute the caller is offered a call back, keeping their place; 60% accept and hang up, and an agent calls them back when their turn comes. Same agents. The model gives fewer hang-ups (about 10% instead of 13%) but a longer mean wait (about 1.2 minutes instead of 0.6), because callers waiting for their call back never give up and stay in the queue; predicted CSAT stays level, as the minutes spent away feel half as long. Callback cuts abandonment, not the queue: add agents at the peaks to cut waits too.':
		'改善方案：進入佇列時預計等待超過 1 分鐘，就為來電者提供回撥並保留其排隊位置；60% 接受並掛斷，輪到時由座席回撥。座席人數不變。模型得出的掛斷較少（約 10%，基準方案為 13%），但平均等待較長（約 1.2 分鐘，基準方案為 0.6 分鐘），因為等待回撥的來電者不會放棄，一直留在佇列中；預測滿意度持平，因為不在線上等待的時間感覺只有一半長。回撥減少的是放棄，而不是佇列：要縮短等待，還需在尖峰增加座席。',
	Appointment: '預約病患',
	'Contact centre — baseline': '客服中心 — 基準方案',
	'Twelve-hour day, 08:00–20:00. A quarter of callers choose IVR self-service (70% succeed, the rest queue for an agent). Agents resolve 85% of calls; the rest go to specialists. Premium customers are answered first.':
		'每天 08:00–20:00，共十二小時。四分之一的來電選擇語音自助服務（70% 成功，其餘排隊等待座席）。座席一次解決 85% 的來電，其餘轉給專員。優質客戶優先接聽。',
	'Calls arrive': '來電到達',
	'IVR menu': '語音選單',
	'IVR self-service': '語音自助服務',
	Agents: '座席',
	Specialists: '專員座席',
	'Call ends': '通話結束',
	'Standard caller': '一般來電者',
	'Premium customer': '優質客戶',
	'Contact centre — stronger IVR self-service': '客服中心 — 更強的語音自助服務',
	'Redesign: a rebuilt IVR handles balances, status checks and resets — 45% of callers try it and 75% succeed. Agents drop by one or two per hour; the queue announces the expected wait.':
		'改善方案：重建的語音系統可辦理餘額查詢、進度查詢與重設——45% 的來電者嘗試使用，75% 成功。每小時減少一到兩名座席；排隊時播報預計等待時間。',
	'Retail checkout — cashiers only': '超市結帳 — 僅人工收銀',
	'Supermarket open 09:00–21:00 with a lunch bump and an evening rush. All shoppers queue for staffed cashier lanes; when the line is long some give up and leave their basket.':
		'超市營業 09:00–21:00，午間客流小尖峰，傍晚是尖峰。所有顧客都排隊等待人工收銀台；隊伍太長時，有些顧客會放下購物籃離開。',
	'Shoppers ready to pay': '顧客準備結帳',
	'Cashier lanes': '人工收銀台',
	'Leave the store': '離開商店',
	'Small basket': '少量商品',
	'Full trolley': '滿載購物車',
	'Retail checkout — with self-checkout': '超市結帳 — 增設自助結帳',
	'Redesign: eight self-checkout tills. Two in three small-basket shoppers use them; one scan in ten needs an assistant at a cashier lane. Two fewer cashier lanes at most hours.':
		'改善方案：八台自助結帳機。三分之二的少量商品顧客使用自助結帳；每十次掃碼有一次需要到人工收銀台求助。多數時段少開兩條人工收銀台。',
	'Self-checkout or lane': '自助結帳還是人工收銀？',
	'Self-checkout': '自助結帳',
	'Service hall — separate counters per matter': '政府服務大廳 — 依事項分設櫃檯',
	'Government service hall, 09:00–17:00. Visitors take a ticket and wait to be called to the counters for their matter. Elderly visitors are called first; 15% lack a document and must come back another day.':
		'政府服務大廳，09:00–17:00。民眾抽號後等待叫號，到對應事項的櫃檯辦理。年長者優先叫號；15% 的人缺少文件，須改日再來。',
	'Visitors arrive': '民眾到達',
	'Take a ticket': '抽號',
	'Which matter?': '辦理哪項事務？',
	'ID and residence counters': '身分證與戶籍櫃檯',
	'Social insurance counters': '社會保險櫃檯',
	'Business licence counters': '營業登記櫃檯',
	'Matter done': '辦結',
	'Missing document: come back': '缺少文件：改日再來',
	Visitor: '民眾',
	'Elderly visitor': '年長民眾',
	'Service hall — pooled counters and online pre-filing': '政府服務大廳 — 綜合櫃檯與線上預審',
	'Redesign: all-purpose counters take every matter from one ticket queue (slightly longer service), and 30% of visitors pre-file online, bring complete documents and use a fast-track counter.':
		'改善方案：綜合櫃檯從同一個抽號隊列辦理所有事項（辦理時間略長），30% 的民眾線上預審、備齊文件並使用快速通道櫃檯。',
	'Pre-filed online?': '已線上預審？',
	'Pre-filed fast track': '預審快速通道',
	'All-purpose counters': '綜合櫃檯',
	'Airport check-in — baseline': '機場報到 — 基準方案',
	'Check-in hall 05:00–13:00 with two departure waves. 40% of passengers use one of eight kiosks, then drop their bag; the rest check in at staffed counters. Business class has its own priority.':
		'報到大廳 05:00–13:00，有兩個出發尖峰。40% 的旅客使用八台自助報到機中的一台，再去托運行李；其餘旅客在人工櫃檯報到。商務艙旅客優先。',
	'Passengers arrive': '旅客到達',
	'Kiosk or counter': '自助還是櫃檯？',
	'Check-in kiosks': '自助報到機',
	'Walk to bag drop': '走到行李托運處',
	'Bag drop': '行李托運',
	'Check-in counters': '報到櫃檯',
	'On to security': '前往安檢',
	'Economy passenger': '經濟艙旅客',
	'Business class': '商務艙旅客',
	'Airport check-in — more kiosks': '機場報到 — 增設自助報到機',
	'Redesign: fourteen kiosks and one more bag-drop point; 65% of passengers self-check-in, and two or three fewer staffed counters are needed at the peaks.':
		'改善方案：十四台自助報到機，再加一個行李托運點；65% 的旅客自助報到，尖峰時可少開兩到三個人工櫃檯。',
	Customer: '顧客',
	Customers: '顧客',
	Counter: '櫃檯',
	'Pick a line': '選擇隊伍',
	'Kiosk or counter?': '自助終端還是櫃檯？',
	VIP: '貴賓',
	"Eight-hour branch day with a lunch peak. Each customer chooses the counter or the bank's app by the waits they see, the effort and a preference (older customers prefer the counter); failed app attempts go to the counter. The model gives about two in three at the counter and a mean wait of about 4 minutes.":
		'營業八小時，午間是高峰。每位顧客按看到的等待時間、所費力氣和偏好選擇櫃檯或銀行應用程式（年長顧客更願去櫃檯）；在應用程式上辦不成的轉到櫃檯。模型給出約三分之二的顧客去櫃檯，平均等待約 4 分鐘。',
	'Redesign: a better app and three kiosks, every channel showing its expected wait. The choice shifts demand by itself: about half still use the counter, and the mean wait falls by about three quarters in the model (the documents report −60 %; the figure depends on how clumsy the old app was and how busy the counter is).':
		'改善方案：更好用的應用程式和三台自助終端，每個通路都顯示預計等待時間。需求由顧客的選擇自行轉移：約一半顧客仍去櫃檯，模型中平均等待約減少四分之三（資料報告減少 60%；數字取決於舊應用程式有多難用以及櫃檯有多忙）。',
	'Six-hour afternoon arrival peak from 14:00; every guest checks in at a front desk with three staff. The model gives a mean wait of about 7 minutes, about 14 for guests arriving in the 17:00 hour.':
		'從 14:00 起六小時的下午到店高峰；每位客人都在三人值班的前台辦理入住。模型給出平均等待約 7 分鐘，17:00 這一小時到店的客人約 14 分鐘。',
	"Redesign: guests choose the desk, mobile check-in or a lobby kiosk (business guests prefer their phone, leisure guests the desk). About half move off the desk and the mean wait falls to a fraction of a minute in the model — more than the documents' 10 → 3 minutes, because the model has no extra desk tasks (key cards, questions) and every mobile check-in succeeds first time but one in twenty.":
		'改善方案：客人可選前台、手機辦理入住或大廳自助機（商務客人偏好手機，休閒客人偏好前台）。約一半客人離開前台，模型中平均等待降到不足一分鐘——比資料中的 10 → 3 分鐘更多，因為模型沒有前台的額外事務（房卡、諮詢），而且手機辦理二十次只有一次失敗。',
	'Bank channels — counter and app': '銀行通路 — 櫃檯和應用程式',
	'Bank channels — better app and kiosks': '銀行通路 — 更好的應用程式和自助終端',
	'Hotel check-in — front desk': '飯店入住 — 前台',
	'Hotel check-in — mobile and kiosk': '飯店入住 — 手機和自助機',
	'Younger customer': '年輕顧客',
	'Older customer': '年長顧客',
	'Customers with an errand': '來辦事的顧客',
	'Counter or app?': '櫃檯還是應用程式？',
	'Banking app': '銀行應用程式',
	'Business guest': '商務客人',
	'Leisure guest': '休閒客人',
	'Guests arrive': '客人到店',
	'Front desk': '前台',
	'To the room': '回房間',
	'How to check in?': '怎樣辦理入住？',
	'Mobile check-in': '手機辦理入住',
	'Lobby kiosk': '大廳自助機'
};

const TABLES: Partial<Record<Locale, Table>> = { 'zh-Hans': HANS, 'zh-Hant': HANT };

/** A template text in the given language (the English text itself where there is no translation). */
export function templateText(text: string, locale: Locale): string {
	return TABLES[locale]?.[text] ?? text;
}

/** A step name on the teaching stage: a template text, or "Counter 2" → "窗口 2". */
export function stageName(name: string, locale: Locale): string {
	const m = /^(.*\S) (\d+)$/.exec(name);
	return m && TABLES[locale]?.[m[1]] ? `${TABLES[locale]![m[1]]} ${m[2]}` : templateText(name, locale);
}

/** Every English text the templates carry that has a translation (for the completeness test). */
export function translatedTexts(locale: Locale): string[] {
	return Object.keys(TABLES[locale] ?? {});
}

/** A copy of a template scenario with its name, description, step and segment names in the language. */
export function localiseScenario(s: Scenario, locale: Locale): Scenario {
	if (!TABLES[locale]) return s;
	const tr = (x: string) => templateText(x, locale);
	return {
		...s,
		name: tr(s.name),
		...(s.description ? { description: tr(s.description) } : {}),
		segments: s.segments.map((g) => ({ ...g, name: tr(g.name) })),
		nodes: s.nodes.map((n) => ({ ...n, name: tr(n.name) }))
	};
}
