// Runs on the worker pool that could not finish for a reason outside the model: workers that
// kept crashing, went silent or could not start (the engine's own messages come as they are).
import type { FeatureMessages } from '../catalogue';

const messages: FeatureMessages = {
	en: {
		crashed:
			'a simulation worker kept stopping unexpectedly ({detail}). The machine may be short of memory: try fewer replications or a shorter run, or reload the page.',
		silent: 'a simulation worker stopped answering ({detail}). Try again, or reload the page.',
		'cannot-start':
			'the simulation workers could not start ({detail}). Reload the page; if it persists, the browser may block web workers.',
		internal: 'an internal error in the simulation worker: {detail}. Please report it with the scenario file.'
	},
	'zh-Hans': {
		crashed: '仿真线程多次意外停止（{detail}）。可能是内存不足：请减少重复次数或缩短运行时长，或重新加载页面。',
		silent: '仿真线程停止响应（{detail}）。请重试，或重新加载页面。',
		'cannot-start': '仿真线程无法启动（{detail}）。请重新加载页面；如仍无法启动，浏览器可能阻止了 Web Worker。',
		internal: '仿真线程内部错误：{detail}。请连同场景文件一起报告。'
	},
	'zh-Hant': {
		crashed: '模擬執行緒多次意外停止（{detail}）。可能是記憶體不足：請減少重複次數或縮短執行時長，或重新載入頁面。',
		silent: '模擬執行緒停止回應（{detail}）。請重試，或重新載入頁面。',
		'cannot-start': '模擬執行緒無法啟動（{detail}）。請重新載入頁面；如仍無法啟動，瀏覽器可能封鎖了 Web Worker。',
		internal: '模擬執行緒內部錯誤：{detail}。請連同情境檔案一起回報。'
	}
};

export default messages;
