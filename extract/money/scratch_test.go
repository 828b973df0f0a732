package money

import (
	"fmt"
	"testing"
)

func TestScratch(t *testing.T) {
	for _, s := range []string{
		"A $5 billion deal was struck.",
		"It costs $5 per month and 3 million users.",
		"The company won 5 contracts worth $2bn.",
		"South Korean won: 5 trillion won was spent; 5 trillion South Korean won.",
		"Hong Kong dollars: 3 billion Hong Kong dollars.",
		"between 2015 and 2020, it spent $3bn",
		"The offer values it at $40-$45 per share.",
		"Sales of $1.2 billion to $1.5 billion are expected.",
		"In 2021, 3.5 billion euros",
		"Rs. 500 crore and Rs500 crore and INR 20bn",
		"USD500m",
		"1,00,000 rupees",
		"1.000.000 euros",
		"$1,234,567.89",
		"5 billion دولار",
		"قيمتها 2.5 مليار $",
		"وقعت صفقة بقيمة مليار و200 مليون دولار",
		"رفعت عرضها من 40 إلى 45 دولاراً للسهم",
		"50 مليار دولار على الأقل",
		"ما لا يقل عن 3 مليارات دولار",
		"ما يزيد على 3 مليارات دولار",
		"بحد أقصى 3 مليارات دولار",
		"ستة ملايين دولار وخمسة مليارات ريال",
		"المليار دولار",
		"بلغت عشرات المليارات من الدولارات",
		"$$5",
		"5 دولارات",
		"3 مليارات دولار هونغ كونغ",
		"13 billion in US dollars",
		"€1,5 Mrd",
		"over 3,000 people and over $3,000",
		"the 2.5bn SAR facility",
		"it was up 5% to $3bn",
		"price: 5.00$",
		"إيرادات بقيمة 4.5 مليار درهم إماراتي",
		"10 مليارات دولار سنوياً",
		"a 10-year, $5bn loan",
		"US $5bn",
		"USD5bn and EUR5bn",
		"£1.5m-£2m",
		"5 mn dollars",
		"ارتفعت من 1 إلى 2 مليار دولار",
		"من 1 إلى 2 مليار دولار",
		"بين 500 مليون ومليار دولار",
		"1.5 إلى 2 مليار دولار",
		"$5bn, $6bn and $7bn",
	} {
		fmt.Printf("%q\n", s)
		for _, m := range Find(s) {
			fmt.Printf("    %q amt=%g low=%g cur=%q up=%v ap=%v ps=%v\n", m.Text, m.Amount, m.Low, m.Currency, m.UpTo, m.Approx, m.PerShare)
		}
	}
}
