package extract

import "github.com/kg-news/kg/extract/money"

// moneyStage finds the amounts of money in the text.
type moneyStage struct{}

func (moneyStage) Name() string { return "money" }

func (moneyStage) Run(d *Doc) { d.Money = money.Find(d.Text) }
