// The home page: start a scenario from a template, a blank page or a file.
import type { FeatureMessages } from '../catalogue';

const messages: FeatureMessages = {
	en: {
		pageTitle: 'service-process simulator',
		heading: 'Simulate a service before you change it',
		lead: 'Draw how customers flow through counters, kiosks and hand-offs, simulate many days, and compare waits, abandonment, cost and satisfaction before and after a redesign — all in your browser.',
		newBlank: 'New blank scenario',
		blankName: 'New scenario',
		openFile: 'Open file…',
		openFileInput: 'Scenario file to open',
		fileProblems: '“{file}” could not be opened:',
		templatesHeading: 'Start from a template',
		templatesLead:
			'Real settings with realistic demand over the day, staffing per hour, costs and targets. Each comes as a baseline and a redesign to compare.',
		templatesList: 'Templates',
		facts: '{hours} h from {open} · about {customers} customers a day · {steps} service steps',
		factsOneStep: '{hours} h from {open} · about {customers} customers a day · 1 service step',
		baseline: 'Baseline',
		redesign: 'Redesign',
		openBaseline: 'Open baseline',
		openRedesign: 'Open redesign',
		openBaselineOf: 'Open baseline: {title}',
		openRedesignOf: 'Open redesign: {title}',
		privacy:
			'Everything stays on this device: scenarios are saved in this browser, runs happen here, and share links carry the scenario inside the link.'
	},
	'zh-Hans': {
		pageTitle: '服务流程仿真',
		heading: '先仿真，再改变服务',
		lead: '画出顾客如何经过窗口、自助终端和转交环节，仿真许多天的运营，并比较改进前后的等待时间、放弃率、成本与顾客满意度——全部在浏览器中完成。',
		newBlank: '新建空白场景',
		blankName: '新场景',
		openFile: '打开文件…',
		openFileInput: '要打开的场景文件',
		fileProblems: '无法打开“{file}”：',
		templatesHeading: '从模板开始',
		templatesLead: '真实的服务场景：全天变化的客流、按小时排班、成本与目标。每个模板都有基准方案和改进方案可供比较。',
		templatesList: '模板',
		facts: '{open} 起 {hours} 小时 · 每天约 {customers} 位顾客 · {steps} 个服务环节',
		factsOneStep: '{open} 起 {hours} 小时 · 每天约 {customers} 位顾客 · 1 个服务环节',
		baseline: '基准方案',
		redesign: '改进方案',
		openBaseline: '打开基准方案',
		openRedesign: '打开改进方案',
		openBaselineOf: '打开基准方案：{title}',
		openRedesignOf: '打开改进方案：{title}',
		privacy: '所有数据都留在本设备：场景保存在本浏览器中，仿真在本机运行，分享链接把场景放在链接本身里。'
	},
	'zh-Hant': {
		pageTitle: '服務流程模擬',
		heading: '先模擬，再改變服務',
		lead: '畫出顧客如何經過櫃檯、自助終端與轉交環節，模擬許多天的營運，並比較改善前後的等待時間、放棄率、成本與顧客滿意度——全部在瀏覽器中完成。',
		newBlank: '新增空白情境',
		blankName: '新情境',
		openFile: '開啟檔案…',
		openFileInput: '要開啟的情境檔案',
		fileProblems: '無法開啟「{file}」：',
		templatesHeading: '從範本開始',
		templatesLead: '真實的服務情境：全天變化的客流、按小時排班、成本與目標。每個範本都有基準方案與改善方案可供比較。',
		templatesList: '範本',
		facts: '{open} 起 {hours} 小時 · 每天約 {customers} 位顧客 · {steps} 個服務環節',
		factsOneStep: '{open} 起 {hours} 小時 · 每天約 {customers} 位顧客 · 1 個服務環節',
		baseline: '基準方案',
		redesign: '改善方案',
		openBaseline: '開啟基準方案',
		openRedesign: '開啟改善方案',
		openBaselineOf: '開啟基準方案：{title}',
		openRedesignOf: '開啟改善方案：{title}',
		privacy: '所有資料都留在本裝置：情境儲存在本瀏覽器中，模擬在本機執行，分享連結把情境放在連結本身裡。'
	}
};

export default messages;
