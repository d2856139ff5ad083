// Downloads: charts as PNG and SVG, numbers as CSV.
import type { FeatureMessages } from '../catalogue';

const messages: FeatureMessages = {
	en: {
		download: 'Download',
		pngLabel: 'Download “{title}” as PNG',
		svgLabel: 'Download “{title}” as SVG',
		showChartFirst: 'Show the chart (not the table) to download it.',
		failed: 'The download failed: {message}',
		csvGroup: 'Download the numbers (CSV)',
		csvKpis: 'All KPIs',
		csvPeriods: 'By period of arrival',
		csvReplications: 'By replication'
	},
	'zh-Hans': {
		download: '下载',
		pngLabel: '将“{title}”下载为 PNG',
		svgLabel: '将“{title}”下载为 SVG',
		showChartFirst: '请先显示图表（而非表格）再下载。',
		failed: '下载失败：{message}',
		csvGroup: '下载数据（CSV）',
		csvKpis: '全部指标',
		csvPeriods: '按到达时段',
		csvReplications: '按重复次数'
	},
	'zh-Hant': {
		download: '下載',
		pngLabel: '將「{title}」下載為 PNG',
		svgLabel: '將「{title}」下載為 SVG',
		showChartFirst: '請先顯示圖表（而非表格）再下載。',
		failed: '下載失敗：{message}',
		csvGroup: '下載資料（CSV）',
		csvKpis: '全部指標',
		csvPeriods: '依到達時段',
		csvReplications: '依重複次數'
	}
};

export default messages;
